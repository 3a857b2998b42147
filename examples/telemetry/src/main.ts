import { runTraced } from './run-traced.js';
import { startTelemetry } from './start-telemetry.js';

const sdk = startTelemetry();
const outcomes = await runTraced(process.argv[2] ?? 'memory:', 2);
for (const outcome of outcomes) process.stdout.write(`${outcome}\n`);
// Flushes the metrics to the console before the process ends.
await sdk.shutdown();
