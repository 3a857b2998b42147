// A worker of the shared claim read models fed by a persistent subscription (pinned by stream),
// run by the multi-process tests with the built packages.
// `node esdb-claim-worker.mjs <esdbUrl> <pgUrl> <schema> <name> <bufferSize> <pauseMs>`.
// Each batch records which events it applied (see worker-kit.mjs).
// Prints {"started":…}, {"batch":n,"applied":k,"retried":r} per batch, {"stopped":…}; it stops
// when its standard input ends.
import { eventStoreDbClient, persistentProjectionWorker } from '@parcel-claims/eventstoredb';
import { pgExecutor, sqlStreamRevisionsSink } from '@parcel-claims/postgres';
import { recordingWriter, runUntilInputEnds, say } from './worker-kit.mjs';

const [esdbUrl = '', pgUrl = '', schema = '', name = '', bufferSize = '8', pauseMs = '0'] =
  process.argv.slice(2);

const executor = pgExecutor({ connectionString: pgUrl, max: 2 });
const client = eventStoreDbClient(esdbUrl);
const writer = recordingWriter(schema, name, Number(pauseMs));
const sink = sqlStreamRevisionsSink({
  executor,
  schema,
  projection: 'claim-read-models',
  ...writer,
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
runUntilInputEnds(worker, name, async () => {
  await client.dispose();
  await executor.close();
});
