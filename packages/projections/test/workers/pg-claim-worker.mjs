// A worker of the shared claim read models on PostgreSQL, run by the multi-process tests with the
// built packages. `node pg-claim-worker.mjs <url> <schema> <name> <partitions> <batchSize> <leaseSeconds> <pauseMs>`.
// Each batch also records, in the same transaction, which events it applied (table `applications`),
// and waits `pauseMs` inside the transaction so that a kill lands in the middle of the run.
// Prints {"started":…,"held":[…]}, {"batch":n,"events":k,"partitions":[…]} per commit, {"stopped":…};
// it stops when its standard input ends.
import { partitionedProjectionWorker, pgExecutor } from '@parcel-claims/postgres';
import {
  sqlClaimReadModelNames,
  sqlClaimReadModels,
  sqlClaimReadModelsWriter,
} from '@parcel-claims/projections/sql';

const [
  url = '',
  schema = '',
  name = '',
  partitions = '8',
  batchSize = '8',
  leaseSeconds = '1',
  pauseMs = '0',
] = process.argv.slice(2);
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const executor = pgExecutor({ connectionString: url, max: 2 });
const models = sqlClaimReadModels({ schema });
const [first, ...rest] = sqlClaimReadModelNames.map((model) => ({ name: model, model: models[model] }));
const writer = sqlClaimReadModelsWriter({ models: [first, ...rest] });
let batches = 0;
const worker = partitionedProjectionWorker({
  executor,
  schema,
  projection: 'claim-read-models',
  partitions: Number(partitions),
  worker: name,
  streamPrefix: 'parcel-',
  batchSize: Number(batchSize),
  leaseSeconds: Number(leaseSeconds),
  idleMs: 20,
  names: writer.names,
  applyBatch: async (tx, pending) => {
    const ids = (pending[0]?.events ?? []).map((event) => event.eventId);
    await tx.query(
      `INSERT INTO "${schema}".applications (event_id, worker) SELECT json_array_elements_text($1::json), $2::text`,
      [JSON.stringify(ids), name],
    );
    await writer.applyBatch(tx, pending);
    if (Number(pauseMs) > 0)
      await tx.query('SELECT pg_sleep($1::double precision)', [Number(pauseMs) / 1000]);
  },
  onBatch: (batch) => {
    batches += 1;
    say({ batch: batches, events: batch.events.length, partitions: batch.partitions });
  },
});

await worker.start();
say({ started: name, held: worker.held() });
process.stdin.on('end', async () => {
  await worker.stop();
  await executor.close();
  say({ stopped: name });
  process.exit(0);
});
process.stdin.resume();
worker.finished().catch((error) => {
  say({ failed: String(error) });
  process.exit(1);
});
