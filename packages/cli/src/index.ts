export { type ClaimsByStatus, type DemoOptions, type DemoResult, writeDemo } from './commands/demo.js';
export { readModelNames } from './commands/rebuild.js';
export { type ExitCode, exitCodes } from './exit-codes.js';
export { type CliIo, colourEnabled, type Output } from './io.js';
export { defaultStoreUrl } from './open.js';
export { processIo } from './process-io.js';
export { run } from './run.js';
