export { runTraced } from './run-traced.js';
export { startTelemetry } from './start-telemetry.js';
