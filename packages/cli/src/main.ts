#!/usr/bin/env node
import { processIo } from './process-io.js';
import { run } from './run.js';

// A reader that stops early (`parcel-claims audit … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), processIo());
