import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreInUse } from '../src/index.js';
import { type LockHolder, lockText, thisProcess } from '../src/lock/lock-holder.js';
import { bootId, processStart } from '../src/lock/process-facts.js';
import { storeLockFile, takeStoreLock } from '../src/lock/store-lock.js';
import { claimPath, removeDead, takeFile } from '../src/lock/take-file.js';

const directories: string[] = [];
const newDirectory = async (): Promise<string> => {
  const directory = await mkdtemp(join(tmpdir(), 'parcel-claims-lock-'));
  directories.push(directory);
  return directory;
};
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

/** A pid no process has: one of a process that has ended. */
const deadPid = (): number => {
  const ended = spawnSync('true');
  if (ended.pid === undefined) throw new Error('true did not start');
  return ended.pid;
};

const holder = (fields: Partial<LockHolder>): LockHolder => ({
  pid: process.pid,
  start: null,
  boot: null,
  host: hostname(),
  nonce: 'test',
  ...fields,
});

const lockPath = (directory: string) => join(directory, storeLockFile);
const lockFiles = async (directory: string) =>
  (await readdir(directory)).filter((entry) => entry.startsWith(storeLockFile));
const readHolder = async (directory: string): Promise<unknown> =>
  JSON.parse(await readFile(lockPath(directory), 'utf8'));

/** The StoreInUse a take rejects with; fails the test if it resolves or rejects otherwise. */
const refusal = async (directory: string): Promise<StoreInUse> => {
  const error = await takeStoreLock(directory).then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  if (!(error instanceof StoreInUse)) throw new Error(`expected StoreInUse, got ${String(error)}`);
  return error;
};

const inUse = (directory: string, holderPid: number) => ({
  name: 'StoreInUse',
  directory,
  holderPid,
  message: `The store in ${directory} is in use by process ${holderPid}: an embedded store is opened by one process at a time; stop that process or use a PostgreSQL server.`,
});

const fieldsOf = (error: StoreInUse) => ({
  name: error.name,
  directory: error.directory,
  holderPid: error.holderPid,
  message: error.message,
});

describe('the store lock', () => {
  it('is a file naming this process: pid, start time and boot where /proc tells them, host', async () => {
    const directory = await newDirectory();
    const lock = await takeStoreLock(directory);
    expect(await readHolder(directory)).toEqual({
      pid: process.pid,
      start: processStart(process.pid)?.start ?? null,
      boot: bootId(),
      host: hostname(),
      nonce: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    lock.release();
    expect(await lockFiles(directory)).toEqual([]);
  });

  it('is refused to a second taker, in this process too, until released; then taken again', async () => {
    const directory = await newDirectory();
    const lock = await takeStoreLock(directory);
    expect(fieldsOf(await refusal(directory))).toEqual(inUse(directory, process.pid));
    lock.release();
    lock.release();
    const again = await takeStoreLock(directory);
    again.release();
    expect(await lockFiles(directory)).toEqual([]);
  });

  it('goes to exactly one of many takers in this process at once', async () => {
    const directory = await newDirectory();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => takeStoreLock(directory)));
    const taken = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const refused = results.flatMap((result) =>
      result.status === 'rejected' && result.reason instanceof StoreInUse ? [fieldsOf(result.reason)] : [],
    );
    expect([taken.length, refused]).toEqual([
      1,
      Array.from({ length: 9 }, () => inUse(directory, process.pid)),
    ]);
    for (const lock of taken) lock.release();
  });

  describe('is taken over from a holder that is gone', () => {
    const takenOver = async (left: string) => {
      const directory = await newDirectory();
      await writeFile(lockPath(directory), left);
      const lock = await takeStoreLock(directory);
      const now = await readHolder(directory);
      const files = await lockFiles(directory);
      lock.release();
      return { now, files };
    };
    const mine = { pid: process.pid, nonce: expect.stringMatching(/^[0-9a-f]{16}$/) };

    it.each([
      ['a dead process', () => lockText(holder({ pid: deadPid() }))],
      [
        'a process whose pid was reused (another start time)',
        () => lockText(holder({ start: '1', boot: bootId() })),
      ],
      ['a process of an earlier boot', () => lockText(holder({ pid: process.pid, boot: 'an-earlier-boot' }))],
      ['a damaged file (not JSON)', () => '{"pid": 12'],
      ['an empty file', () => ''],
      ['a file naming no pid', () => JSON.stringify({ host: hostname(), nonce: 'x' })],
    ])('%s', async (_, left) => {
      expect(await takenOver(left())).toEqual({ now: expect.objectContaining(mine), files: [storeLockFile] });
    });

    it('a symbolic link to nowhere, removed without being followed', async () => {
      const directory = await newDirectory();
      await symlink(join(directory, 'nowhere'), lockPath(directory));
      const lock = await takeStoreLock(directory);
      expect([await readHolder(directory), await readdir(directory)]).toEqual([
        expect.objectContaining(mine),
        [storeLockFile],
      ]);
      lock.release();
    });
  });

  it('stays with a holder on another host, which cannot be checked', async () => {
    const directory = await newDirectory();
    const pid = deadPid();
    await writeFile(lockPath(directory), lockText(holder({ pid, host: `not-${hostname()}` })));
    expect(fieldsOf(await refusal(directory))).toEqual(inUse(directory, pid));
  });

  it('stays with a live process whose start time matches', async () => {
    const directory = await newDirectory();
    const me = thisProcess();
    await writeFile(lockPath(directory), lockText({ ...me, nonce: 'another-open' }));
    expect(fieldsOf(await refusal(directory))).toEqual(inUse(directory, process.pid));
  });
});

describe('removing a dead lock file', () => {
  it('leaves alone a lock that replaced the dead one since it was read', async () => {
    const directory = await newDirectory();
    const path = lockPath(directory);
    const dead = lockText(holder({ pid: deadPid(), nonce: 'dead' }));
    await writeFile(path, dead);
    // One taker takes over; a second one, which read the same dead text before, comes late.
    const first = thisProcess();
    expect(await takeFile(path, first)).toEqual({ taken: true });
    expect(await removeDead(path, dead, thisProcess())).toBeUndefined();
    expect([await readFile(path, 'utf8'), await lockFiles(directory)]).toEqual([
      lockText(first),
      [storeLockFile],
    ]);
  });

  it('is left to a live process that claimed it first', async () => {
    const directory = await newDirectory();
    const path = lockPath(directory);
    const dead = lockText(holder({ pid: deadPid(), nonce: 'dead' }));
    await writeFile(path, dead);
    const claimant = thisProcess();
    await writeFile(claimPath(path, dead), lockText(claimant));
    expect(await removeDead(path, dead, thisProcess())).toEqual(claimant);
    expect(await readFile(path, 'utf8')).toBe(dead);
  });

  it('goes on when the process that claimed it died before removing it', async () => {
    const directory = await newDirectory();
    const path = lockPath(directory);
    const dead = lockText(holder({ pid: deadPid(), nonce: 'dead' }));
    await writeFile(path, dead);
    await writeFile(claimPath(path, dead), lockText(holder({ pid: deadPid(), nonce: 'dead-claimant' })));
    const me = thisProcess();
    expect(await takeFile(path, me)).toEqual({ taken: true });
    expect([await readFile(path, 'utf8'), await lockFiles(directory)]).toEqual([
      lockText(me),
      [storeLockFile],
    ]);
  });
});
