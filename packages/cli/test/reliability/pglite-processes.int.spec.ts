import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type CliEnd, type CliProcess, killAllRuns, startCli } from '../support/cli-process.js';

// `pnpm test:soak` runs the demos at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';
const claims = soak ? 200 : 4;

const directories: string[] = [];
let directory = '';
afterEach(killAllRuns);
afterAll(async () => {
  for (const made of directories) await rm(made, { recursive: true, force: true });
});

const newDirectory = async (): Promise<string> => {
  const made = await mkdtemp(join(tmpdir(), 'parcel-claims-cli-processes-'));
  directories.push(made);
  return made;
};

/** A run's output with its store directory and its rate taken out, to compare two runs. */
const comparable = (end: CliEnd, storeDirectory: string) => ({
  code: end.code,
  stdout: end.stdout.replaceAll(storeDirectory, '<dir>').replace(/\(\d+ events\/s\)/, '(… events/s)'),
  stderr: end.stderr,
});

/** The pid in the store's lock file, or undefined while there is none. */
const lockHolder = async (): Promise<unknown> => {
  try {
    const holder: unknown = JSON.parse(await readFile(join(directory, 'parcel-claims.lock'), 'utf8'));
    return typeof holder === 'object' && holder !== null && 'pid' in holder ? holder.pid : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Waits until the store's lock file names `run`'s pid, or `run` has ended without that: a state of
 * the directory, not a time.
 */
const heldBy = async (run: CliProcess): Promise<void> => {
  let ended = false;
  void run.ended.then(() => {
    ended = true;
  });
  while (!ended && (await lockHolder()) !== run.pid) await sleep(20);
};

describe('parcel-claims processes on one PGlite directory', () => {
  it('refuses a second demo and a verify --all with StoreInUse (exit 3) while a demo writes, and loses nothing it accepted', {
    timeout: 600_000,
  }, async () => {
    directory = await newDirectory();
    // The same demo alone in a directory of its own: what the contested one must end up holding.
    const alone = await newDirectory();
    const reference = startCli(['demo', '--claims', String(claims), '--store', `pglite:${alone}`]);
    const store = ['--store', `pglite:${directory}`];
    const first = startCli(['demo', '--claims', String(claims), ...store]);
    await heldBy(first);
    // Stopped while it holds the store, so the others surely meet it at work.
    first.child.kill('SIGSTOP');
    const second = startCli(['demo', '--claims', String(claims), ...store]);
    const verify = startCli(['verify', '--all', ...store]);
    const refused = {
      code: 3,
      stdout: '',
      stderr: `parcel-claims: cannot open the store: StoreInUse: The store in ${directory} is in use by process ${first.pid}: an embedded store is opened by one process at a time; stop that process or use a PostgreSQL server.\n`,
    };
    expect([await second.ended, await verify.ended]).toEqual([refused, refused]);
    first.child.kill('SIGCONT');

    // Every command the demo accepted is stored: it answered as the demo alone did, and the store
    // holds the same streams and events, every hash chain intact.
    const written = comparable(await first.ended, directory);
    expect(written).toEqual(comparable(await reference.ended, alone));
    expect(written.stdout).toMatch(
      new RegExp(
        `^Store: pglite:<dir>\nWrote \\d+ event\\(s\\) to ${claims + 1} parcel\\(s\\), from \\d+ command`,
      ),
    );
    const verified = comparable(await startCli(['verify', '--all', ...store]).ended, directory);
    expect(verified).toEqual(
      comparable(await startCli(['verify', '--all', '--store', `pglite:${alone}`]).ended, alone),
    );
    expect(verified).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^OK \d+ stream\(s\), \d+ event\(s\) checked \(… events\/s\): every hash chain intact\.\n$/,
      ),
      stderr: '',
    });
  });
});
