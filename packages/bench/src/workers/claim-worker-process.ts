// One worker of the shared claim read models, in a process of its own (started by `spawnWorkers`).
// `node claim-worker-process.js <url> <schema> <projection> <name> <partitions>`: it connects and
// says {"ready":name}, starts on a line `go` and says {"started":name}, and stops and exits when
// its standard input ends.
import { createInterface } from 'node:readline';
import { partitionedProjectionWorker, pgExecutor } from '@parcel-claims/postgres';
import {
  sqlClaimReadModelNames,
  sqlClaimReadModels,
  sqlClaimReadModelsWriter,
} from '@parcel-claims/projections/sql';
import { parcelStreamPrefix } from '@parcel-claims/service';

const [url = '', schema = '', projection = '', name = '', partitions = '16'] = process.argv.slice(2);
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const executor = pgExecutor({ connectionString: url, max: 2 });
const models = sqlClaimReadModels({ schema });
const [first, ...rest] = sqlClaimReadModelNames.map((model) => ({ name: model, model: models[model] }));
if (first === undefined) throw new Error('five read models expected');
const worker = partitionedProjectionWorker({
  executor,
  schema,
  projection,
  partitions: Number(partitions),
  worker: name,
  streamPrefix: parcelStreamPrefix,
  // Short leases so a worker that joins gets its share within a fifth of a second.
  leaseSeconds: 0.6,
  idleMs: 20,
  ...sqlClaimReadModelsWriter({ models: [first, ...rest] }),
});

say({ ready: name });
const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  if (line.trim() !== 'go') return;
  void worker.start().then(() => say({ started: name }));
  worker.finished().catch((error: unknown) => {
    say({ failed: String(error) });
    process.exit(1);
  });
});
input.on('close', () => {
  void worker
    .stop()
    .then(() => executor.close())
    .then(() => process.exit(0));
});
