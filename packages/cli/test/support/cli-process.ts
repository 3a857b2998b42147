import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built command, as `pnpm parcel-claims` and the package's `bin` run it (`pnpm test` builds it first). */
const bin = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** How a run of the command ended, and what it printed. */
export interface CliEnd {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A run of the built `parcel-claims` in a process of its own. */
export interface CliProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  readonly ended: Promise<CliEnd>;
}

const running = new Set<ChildProcess>();

/** Kills every run still going (stopped ones too); for afterEach. */
export const killAllRuns = (): void => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
};

/** Starts `parcel-claims ...args` in a new process. */
export const startCli = (args: readonly string[]): CliProcess => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build with tsc -b first`);
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const ended = new Promise<CliEnd>((resolve) => {
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
  if (child.pid === undefined) throw new Error('parcel-claims did not start');
  return { pid: child.pid, child, ended };
};
