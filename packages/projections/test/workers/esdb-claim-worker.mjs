// A worker of the shared claim read models fed by a persistent subscription (pinned by stream),
// run by the multi-process tests with the built packages.
// `node esdb-claim-worker.mjs <esdbUrl> <pgUrl> <schema> <name> <bufferSize> <pauseMs>`.
// Each batch also records, in its transaction, which events it applied (table `applications`),
// and waits `pauseMs` inside the transaction so that a kill lands in the middle of the run.
// Prints {"started":…}, {"batch":n,"applied":k,"retried":r} per batch, {"stopped":…}; it stops
// when its standard input ends.
import { eventStoreDbClient, persistentProjectionWorker } from '@parcel-claims/eventstoredb';
import { pgExecutor, sqlStreamRevisionsSink } from '@parcel-claims/postgres';
import {
  sqlClaimReadModelNames,
  sqlClaimReadModels,
  sqlClaimReadModelsWriter,
} from '@parcel-claims/projections/sql';

const [esdbUrl = '', pgUrl = '', schema = '', name = '', bufferSize = '8', pauseMs = '0'] =
  process.argv.slice(2);
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const executor = pgExecutor({ connectionString: pgUrl, max: 2 });
const client = eventStoreDbClient(esdbUrl);
const models = sqlClaimReadModels({ schema });
const [first, ...rest] = sqlClaimReadModelNames.map((model) => ({ name: model, model: models[model] }));
const writer = sqlClaimReadModelsWriter({ models: [first, ...rest] });
const sink = sqlStreamRevisionsSink({
  executor,
  schema,
  projection: 'claim-read-models',
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
});
let batches = 0;
const worker = persistentProjectionWorker({
  client,
  group: 'claim-read-models',
  streamPrefix: 'parcel-',
  bufferSize: Number(bufferSize),
  messageTimeoutMs: 5_000,
  apply: async (events) => (await sink.apply(events)).early,
  onBatch: (batch) => {
    batches += 1;
    say({ batch: batches, ...batch });
  },
});

await worker.start();
say({ started: name });
process.stdin.on('end', async () => {
  await worker.stop();
  await client.dispose();
  await executor.close();
  say({ stopped: name });
  process.exit(0);
});
process.stdin.resume();
worker.finished().catch((error) => {
  say({ failed: String(error) });
  process.exit(1);
});
