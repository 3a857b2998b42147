import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyStream } from '@parcel-claims/eventsourcing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/index.js';
import {
  ackedStreams,
  killAll,
  type Said,
  type StoreProcess,
  startProcess,
} from '../support/store-process.js';

// Real processes on one pglite: directory, each running the built package. `pnpm test:soak` runs
// the same cases at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';
const size = soak
  ? { acksBeforeOthers: 200, secondWriter: 500, acksBeforeKill: 500, afterKill: 200, takers: 6, rounds: 30 }
  : { acksBeforeOthers: 5, secondWriter: 40, acksBeforeKill: 20, afterKill: 10, takers: 3, rounds: 3 };

const directories: string[] = [];
const newDirectory = async (): Promise<string> => {
  const directory = await mkdtemp(join(tmpdir(), 'parcel-claims-processes-'));
  directories.push(directory);
  return directory;
};

afterEach(killAll);
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

const writer = (url: string, prefix: string, count: number): StoreProcess =>
  startProcess('pglite-writer.mjs', [url, 'write', prefix, String(count)]);

const lockFiles = async (directory: string): Promise<readonly string[]> =>
  (await readdir(directory)).filter((entry) => entry.startsWith('parcel-claims.lock'));

/** A pid no process has: one of a process that has ended. */
const deadPid = (): number => {
  const ended = spawnSync('true');
  if (ended.pid === undefined) throw new Error('true did not start');
  return ended.pid;
};

/** What the store in a directory holds, seen by a process of its own after the others ended. */
const storeContents = async (url: string) => {
  const opened = await openPostgresStore(url);
  try {
    const events = new Map<string, number>();
    for await (const batch of opened.store.readAll()) {
      for (const event of batch) events.set(event.streamId, (events.get(event.streamId) ?? 0) + 1);
    }
    const broken: string[] = [];
    for (const streamId of events.keys()) {
      if (!verifyStream(await opened.store.readStream(streamId)).ok) broken.push(streamId);
    }
    const { rows } = await opened.executor.query(
      'SELECT count(*)::int AS rows, count(DISTINCT position)::int AS positions, count(DISTINCT event_id)::int AS ids FROM parcel_claims.events',
    );
    return { events, broken, rows: rows[0] };
  } finally {
    await opened.close();
  }
};

const storeInUse = (directory: string, holderPid: number) => ({
  refused: {
    name: 'StoreInUse',
    message: `The store in ${directory} is in use by process ${holderPid}: an embedded store is opened by one process at a time; stop that process or use a PostgreSQL server.`,
    directory,
    holderPid,
  },
});

// Each case takes seconds to minutes on a loaded machine (every process loads PGlite; a new
// directory runs initdb), so the limit is set for hangs only.
const limit = { timeout: 600_000 };

/** The first thing a process says: that it opened the store, or why not; undefined if it died first. */
const firstWord = (process: StoreProcess): Promise<Said | undefined> =>
  process.waitFor((line) => 'opened' in line || 'refused' in line).catch(() => undefined);

// Two processes create one new directory at once; the store that comes of it is copied for the
// other cases, so initdb runs once.
const created = { directory: '', first: [] as (Said | undefined)[], creators: [] as StoreProcess[] };
beforeAll(async () => {
  created.directory = join(await newDirectory(), 'new', 'store');
  const url = `pglite:${created.directory}`;
  created.creators = [writer(url, 'a', 0), writer(url, 'b', 0)];
  created.first = await Promise.all(created.creators.map(firstWord));
  for (const creator of created.creators) creator.stop();
  await Promise.all(created.creators.map((creator) => creator.exited));
}, limit.timeout);

/** A copy of the store the creators made. */
const copyOfStore = async (): Promise<string> => {
  const directory = await newDirectory();
  await cp(created.directory, directory, { recursive: true });
  return directory;
};

describe('processes on one PGlite directory', () => {
  it(
    'two processes creating one directory at once: one creates the store, the other is told StoreInUse',
    limit,
    async () => {
      const [a, b] = created.creators;
      const winner = created.first.findIndex((line) => line !== undefined && 'opened' in line);
      const holder = created.creators[winner]?.pid ?? 0;
      expect(created.first).toEqual(
        created.creators.map((creator, index) =>
          index === winner ? { opened: creator.pid } : storeInUse(created.directory, holder),
        ),
      );
      expect(await Promise.all(created.creators.map((creator) => creator.exited))).toEqual(
        created.creators.map((_, index) => ({ code: index === winner ? 0 : 2, signal: null })),
      );
      const acked = [
        ...(a === undefined ? [] : ackedStreams(a)),
        ...(b === undefined ? [] : ackedStreams(b)),
      ];
      const contents = await storeContents(`pglite:${created.directory}`);
      expect([...contents.events.keys()].sort()).toEqual([...acked].sort());
    },
  );

  it(
    'refuses a second writer and a reader while a writer holds it, and loses no acknowledged event',
    limit,
    async () => {
      const directory = await copyOfStore();
      const url = `pglite:${directory}`;
      const before = new Set((await storeContents(url)).events.keys());
      const first = writer(url, 'first', 0);
      await first.waitFor((line) => line.acked === `first-${size.acksBeforeOthers - 1}`);
      const second = writer(url, 'second', size.secondWriter);
      const reader = startProcess('pglite-writer.mjs', [url, 'read']);
      const [secondEnd, readerEnd] = await Promise.all([second.exited, reader.exited]);
      first.stop();
      expect(await first.exited).toEqual({ code: 0, signal: null });

      const acked = [...ackedStreams(first), ...ackedStreams(second)];
      const contents = await storeContents(url);
      const lost = acked.filter((streamId) => contents.events.get(streamId) !== 1);
      console.log(
        `two writers and a reader on one PGlite directory: ${acked.length} appends acknowledged, ${lost.length} of them lost; ${contents.rows?.rows} rows, ${contents.rows?.positions} distinct positions`,
      );
      expect({
        second: { end: secondEnd, said: second.said },
        reader: { end: readerEnd, said: reader.said },
        lost,
        unacknowledged: [...contents.events.keys()].filter(
          (streamId) => !acked.includes(streamId) && !before.has(streamId),
        ),
        rows: contents.rows,
        broken: contents.broken,
        lockFiles: await lockFiles(directory),
      }).toEqual({
        second: { end: { code: 2, signal: null }, said: [storeInUse(directory, first.pid)] },
        reader: { end: { code: 2, signal: null }, said: [storeInUse(directory, first.pid)] },
        lost: [],
        unacknowledged: [],
        rows: {
          rows: before.size + acked.length,
          positions: before.size + acked.length,
          ids: before.size + acked.length,
        },
        broken: [],
        lockFiles: [],
      });
    },
  );

  it(
    'lets a new process take over from a writer killed with SIGKILL, with every acknowledged event',
    limit,
    async () => {
      const directory = await copyOfStore();
      const url = `pglite:${directory}`;
      const before = new Set((await storeContents(url)).events.keys());
      const killed = writer(url, 'killed', 0);
      await killed.waitFor((line) => line.acked === `killed-${size.acksBeforeKill - 1}`);
      killed.child.kill('SIGKILL');
      expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const left: unknown = JSON.parse(await readFile(join(directory, 'parcel-claims.lock'), 'utf8'));
      expect(left).toMatchObject({ pid: killed.pid, host: hostname() });

      const next = writer(url, 'next', size.afterKill);
      expect(await next.exited).toEqual({ code: 0, signal: null });
      expect(next.said.at(0)).toEqual({ opened: next.pid });
      const acked = [...ackedStreams(killed), ...ackedStreams(next)];
      const contents = await storeContents(url);
      // The append in flight when the kill came may have committed without being acknowledged.
      const inFlight = `killed-${ackedStreams(killed).length}`;
      expect({
        lost: acked.filter((streamId) => contents.events.get(streamId) !== 1),
        unacknowledged: [...contents.events.keys()].filter(
          (streamId) => !acked.includes(streamId) && !before.has(streamId) && streamId !== inFlight,
        ),
        broken: contents.broken,
        lockFiles: await lockFiles(directory),
      }).toEqual({ lost: [], unacknowledged: [], broken: [], lockFiles: [] });
    },
  );

  it(
    'gives a dead process’s lock to exactly one of several processes that find it at once',
    limit,
    async () => {
      const directory = await newDirectory();
      for (let round = 0; round < size.rounds; round += 1) {
        const dead = { pid: deadPid(), start: null, boot: null, host: hostname(), nonce: `dead-${round}` };
        await writeFile(join(directory, 'parcel-claims.lock'), JSON.stringify(dead));
        const takers = Array.from({ length: size.takers }, () => startProcess('lock-taker.mjs', [directory]));
        const answers = await Promise.all(
          takers.map((taker) => taker.waitFor((line) => 'took' in line || 'refused' in line)),
        );
        const winners = takers.filter((_, index) => 'took' in (answers[index] ?? {}));
        const winner = winners[0]?.pid;
        expect({ winners: winners.length, answers }).toEqual({
          winners: 1,
          answers: takers.map((taker) =>
            taker.pid === winner ? { took: winner } : { refused: { name: 'StoreInUse', holderPid: winner } },
          ),
        });
        for (const taker of takers) taker.stop();
        await Promise.all(takers.map((taker) => taker.exited));
        expect(await lockFiles(directory)).toEqual([]);
      }
    },
  );
});
