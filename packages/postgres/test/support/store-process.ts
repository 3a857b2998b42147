import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** What a child process printed: one JSON object per line. */
export type Said = Readonly<Record<string, unknown>>;

/** A child process started on a store, and what it has said so far. */
export interface StoreProcess {
  readonly pid: number;
  readonly said: readonly Said[];
  /** Resolves with the first line (seen or to come) that `matches`; rejects if the process ends first. */
  readonly waitFor: (matches: (line: Said) => boolean) => Promise<Said>;
  /** Resolves with the exit code (null when a signal ended it) and the signal. */
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  /** Ends the process's standard input: a writer with no count stops writing and closes the store. */
  readonly stop: () => void;
  readonly child: ChildProcess;
}

const running = new Set<ChildProcess>();

/** Kills every child process still running; for afterEach. */
export const killAll = (): void => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
};

/**
 * Starts `node <script> ...args`, run on the built packages: a script next to this file, or
 * anywhere given its URL.
 */
export const startProcess = (script: string | URL, args: readonly string[]): StoreProcess => {
  const path = fileURLToPath(typeof script === 'string' ? new URL(script, import.meta.url) : script);
  const built = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
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
    // 'close' comes after the process has ended and its output has been read to the end.
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${path} did not start`);
  return {
    pid,
    said,
    child,
    exited,
    stop: () => child.stdin?.end(),
    waitFor: (matches) => {
      const seen = said.find(matches);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiting.add({ matches, found: resolve });
        void exited.then(({ code, signal }) => {
          const late = said.find(matches);
          if (late !== undefined) resolve(late);
          else reject(new Error(`${path} ended (${code ?? signal}) before saying what was awaited`));
        });
      });
    },
  };
};

/** The streams a writer was told were appended, in order. */
export const ackedStreams = (process: StoreProcess): readonly string[] =>
  process.said.flatMap((line) => (typeof line.acked === 'string' ? [line.acked] : []));
