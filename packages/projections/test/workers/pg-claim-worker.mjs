// A worker of the shared claim read models on PostgreSQL, run by the multi-process tests with the
// built packages. `node pg-claim-worker.mjs <url> <schema> <name> <partitions> <batchSize> <leaseSeconds> <pauseMs>`.
// Each batch records which events it applied (see worker-kit.mjs).
// Prints {"started":…,"held":[…]}, {"batch":n,"events":k,"partitions":[…]} per commit, {"stopped":…};
// it stops when its standard input ends.
import { partitionedProjectionWorker, pgExecutor } from '@parcel-claims/postgres';
import { recordingWriter, runUntilInputEnds, say } from './worker-kit.mjs';

const [
  url = '',
  schema = '',
  name = '',
  partitions = '8',
  batchSize = '8',
  leaseSeconds = '1',
  pauseMs = '0',
] = process.argv.slice(2);

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
runUntilInputEnds(worker, name, () => executor.close());
