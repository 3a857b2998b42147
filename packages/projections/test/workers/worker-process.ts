import { killAll, type StoreProcess, startProcess } from '../../../postgres/test/support/store-process.js';

/** A worker running in a child process of its own, and what it has said so far (one JSON object a line). */
export type WorkerProcess = StoreProcess;
export type { Said } from '../../../postgres/test/support/store-process.js';

/** Kills every worker still running; for afterEach. */
export const killWorkers = killAll;

/** Starts `node <script> ...args`, a script of this folder run on the built packages. */
export const startWorker = (script: string, args: readonly string[]): WorkerProcess =>
  startProcess(new URL(script, import.meta.url), args);
