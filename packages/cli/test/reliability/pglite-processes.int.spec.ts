import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type CliProcess, killAllRuns, startCli } from '../support/cli-process.js';

// `pnpm test:soak` runs the demos at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';
const claims = soak ? 200 : 4;

let directory = '';
afterEach(killAllRuns);
afterAll(async () => {
  if (directory !== '') await rm(directory, { recursive: true, force: true });
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
  it('refuses a second demo and a verify --all with StoreInUse (exit 2) while a demo writes, and loses nothing it accepted', {
    timeout: 600_000,
  }, async () => {
    directory = await mkdtemp(join(tmpdir(), 'parcel-claims-cli-processes-'));
    const store = ['--store', `pglite:${directory}`];
    const first = startCli(['demo', '--claims', String(claims), ...store]);
    await heldBy(first);
    // Stopped while it holds the store, so the others surely meet it at work.
    first.child.kill('SIGSTOP');
    const second = startCli(['demo', '--claims', String(claims), ...store]);
    const verify = startCli(['verify', '--all', ...store]);
    const refused = {
      code: 2,
      stdout: '',
      stderr: `parcel-claims: cannot open the store: StoreInUse: The store in ${directory} is in use by process ${first.pid}: an embedded store is opened by one process at a time; stop that process or use a PostgreSQL server.\n`,
    };
    expect([await second.ended, await verify.ended]).toEqual([refused, refused]);
    first.child.kill('SIGCONT');
    const written = await first.ended;
    const accepted = /Wrote \d+ parcel\(s\): (\d+) command\(s\) accepted, (\d+) changed nothing/.exec(
      written.stdout,
    );
    expect([written.code, written.stderr, accepted?.length]).toEqual([0, '', 3]);
    const answered = Number(accepted?.[1]) + Number(accepted?.[2]);

    // Every accepted command is stored: the same demo again changes nothing, and the chains hold.
    const again = await startCli(['demo', '--claims', String(claims), ...store]).ended;
    expect([again.code, again.stdout.split('\n')[1]]).toEqual([
      0,
      `Wrote ${claims + 1} parcel(s): 0 command(s) accepted, ${answered} changed nothing (repeats, already applied).`,
    ]);
    const verified = await startCli(['verify', '--all', ...store]).ended;
    expect([verified.code, verified.stderr, verified.stdout]).toEqual([
      0,
      '',
      expect.stringMatching(
        new RegExp(
          `^OK ${claims + 1} stream\\(s\\), \\d+ event\\(s\\) checked \\(\\d+ events/s\\): every hash chain intact\\.\\n$`,
        ),
      ),
    ]);
  });
});
