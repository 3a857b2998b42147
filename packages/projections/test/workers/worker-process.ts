import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A line a worker printed: one JSON object. */
export type Said = Readonly<Record<string, unknown>>;

/** A worker running in a child process of its own, and what it has said so far. */
export interface WorkerProcess {
  readonly said: readonly Said[];
  /** Resolves with the first line (seen or to come) that `matches`; rejects if the process ends first. */
  readonly waitFor: (matches: (line: Said) => boolean) => Promise<Said>;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  /** Ends its standard input: the worker stops after the batch in hand and exits. */
  readonly stop: () => void;
  readonly kill: () => void;
}

const running = new Set<ChildProcess>();

/** Kills every worker still running; for afterEach. */
export const killWorkers = (): void => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
};

/** Starts `node <script> ...args`, a script of this folder run on the built packages. */
export const startWorker = (script: string, args: readonly string[]): WorkerProcess => {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const built = fileURLToPath(new URL('../../dist/sql.js', import.meta.url));
  if (!existsSync(built)) throw new Error(`${built} is missing: build with tsc -b first`);
  const child = spawn(process.execPath, [path, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  running.add(child);
  const said: Said[] = [];
  const waiting = new Set<{ matches: (line: Said) => boolean; found: (line: Said) => void }>();
  createInterface({ input: child.stdout }).on('line', (text) => {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) throw new Error(`not a JSON object: ${text}`);
    const line: Said = Object.fromEntries(Object.entries(value));
    said.push(line);
    for (const wait of waiting) {
      if (wait.matches(line)) {
        waiting.delete(wait);
        wait.found(line);
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return {
    said,
    exited,
    stop: () => child.stdin?.end(),
    kill: () => child.kill('SIGKILL'),
    waitFor: (matches) => {
      const seen = said.find(matches);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiting.add({ matches, found: resolve });
        void exited.then(({ code, signal }) => {
          const late = said.find(matches);
          if (late !== undefined) resolve(late);
          else reject(new Error(`${script} ended (${code ?? signal}) before saying what was awaited`));
        });
      });
    },
  };
};
