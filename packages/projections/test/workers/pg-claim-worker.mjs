// A worker of the shared claim read models on PostgreSQL, run by the multi-process tests with the
// built packages. `node pg-claim-worker.mjs <url> <schema> <name> <partitions> <batchSize> <leaseSeconds> <pauseMs>`.
// Each batch records which events it applied (see recording-writer.mjs).
// Prints {"started":…,"held":[…]}, {"batch":n,"events":k,"partitions":[…]} per commit, {"stopped":…};
// it stops when its standard input ends.
import { partitionedProjectionWorker, pgExecutor } from '@parcel-claims/postgres';
import { recordingWriter } from './recording-writer.mjs';

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
const writer = recordingWriter(schema, name, Number(pauseMs));
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
  ...writer,
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
