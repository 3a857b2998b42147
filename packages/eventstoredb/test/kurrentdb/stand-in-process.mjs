// Runs the compiled stand-in in a process of its own, prints its connection string, and stops it
// when its parent closes stdin. A process of its own because the KurrentDB client and the
// stand-in (built on the EventStoreDB client's generated messages) both register the same
// protobuf message names on the global `proto` object: in one process the one loaded last
// replaces the other's messages, and the client's appends fail inside google-protobuf.
import { startStandIn } from '../../dist/testing/index.js';

const standIn = await startStandIn();
process.stdout.write(`${standIn.connectionString}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await standIn.stop();
  process.exit(0);
});
