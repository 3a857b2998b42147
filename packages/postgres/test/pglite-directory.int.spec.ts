import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NotAStoreDirectory,
  OpenStoreFailed,
  type OpenStoreOptions,
  openPostgresStore,
  StoreInUse,
  StoreNotFound,
} from '../src/index.js';
import { sampleEvent } from './support/sample-event.js';

// One store is created (initdb takes seconds) and copied for the cases that change it.
let root = '';
let store = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parcel-claims-directory-'));
  store = join(root, 'store');
  const opened = await openPostgresStore(`pglite:${store}`);
  await opened.store.append('parcel-1', [sampleEvent(1)], { expectedVersion: 'no_stream' });
  await opened.close();
}, 300_000);
afterAll(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

let copies = 0;
const copyOfStore = async (): Promise<string> => {
  copies += 1;
  const directory = join(root, `copy-${copies}`);
  await cp(store, directory, { recursive: true });
  return directory;
};

/** What an open rejects with, its name and fields; fails the test if it resolves. */
const refusal = async (url: string, options: OpenStoreOptions = {}) => {
  const error = await openPostgresStore(url, options).then(
    async (opened) => {
      await opened.close();
      return new Error(`${url} opened`);
    },
    (rejected: unknown) => rejected,
  );
  if (error instanceof StoreNotFound) {
    return { name: error.name, url: error.url, reason: error.reason, message: error.message };
  }
  if (error instanceof NotAStoreDirectory) {
    return { name: error.name, directory: error.directory, found: error.found, message: error.message };
  }
  if (error instanceof StoreInUse) {
    return { name: error.name, directory: error.directory, holderPid: error.holderPid };
  }
  if (error instanceof OpenStoreFailed) return { name: error.name, code: error.code, message: error.message };
  throw error;
};

const notFound = (url: string, reason: string) => ({
  name: 'StoreNotFound',
  url,
  reason,
  message: `No store at ${url}: ${reason}. Opening for reading never creates a store.`,
});

const notAStore = (directory: string, found: string) => ({
  name: 'NotAStoreDirectory',
  directory,
  found,
  message: `Cannot create a store in ${directory}: it is ${found}. Give a new or empty directory, or the directory of an existing store.`,
});

describe('opening a PGlite directory to read', () => {
  it('reads the store and holds its lock until closed, writing nothing else', async () => {
    const directory = await copyOfStore();
    const entries = await readdir(directory);
    const opened = await openPostgresStore(`pglite:${directory}`, { readOnly: true });
    expect((await opened.store.readStream('parcel-1')).map((event) => event.data)).toEqual([{ n: 1 }]);
    expect(await refusal(`pglite:${directory}`, { readOnly: true })).toEqual({
      name: 'StoreInUse',
      directory,
      holderPid: process.pid,
    });
    await opened.close();
    expect((await readdir(directory)).sort()).toEqual(entries.sort());
  });

  it('refuses a directory that does not exist, and creates nothing', async () => {
    const directory = join(root, 'typo', 'store');
    expect(await refusal(`pglite:${directory}`, { readOnly: true })).toEqual(
      notFound(`pglite:${directory}`, `${directory} holds nothing (no such directory)`),
    );
    expect(await readdir(root)).not.toContain('typo');
  });

  it('refuses a directory of other files, an empty directory and a file, writing nothing in them', async () => {
    const others = join(root, 'others');
    await mkdir(others);
    await writeFile(join(others, 'passwd'), 'root:x:0:0\n');
    await writeFile(join(others, 'hosts'), '127.0.0.1 localhost\n');
    const empty = join(root, 'empty');
    await mkdir(empty);
    const file = join(others, 'passwd');
    expect([
      await refusal(`pglite:${others}`, { readOnly: true }),
      await refusal(`pglite:${empty}`, { readOnly: true }),
      await refusal(`pglite:${file}`, { readOnly: true }),
      await readdir(others),
      await readdir(empty),
    ]).toEqual([
      notFound(
        `pglite:${others}`,
        `${others} holds a directory of 2 entries and no PGlite database in it (no PG_VERSION file)`,
      ),
      notFound(`pglite:${empty}`, `${empty} holds an empty directory`),
      notFound(`pglite:${file}`, `${file} holds a file, not a directory`),
      ['hosts', 'passwd'],
      [],
    ]);
  });

  it('refuses a database without the schema, and creates no schema', async () => {
    const directory = await copyOfStore();
    expect(await refusal(`pglite:${directory}`, { readOnly: true, schema: 'no_such_schema' })).toEqual(
      notFound(`pglite:${directory}`, `the database in ${directory}: schema "no_such_schema" does not exist`),
    );
    const opened = await openPostgresStore(`pglite:${directory}`, { readOnly: true });
    const { rows } = await opened.executor.query(
      "SELECT count(*)::int AS schemas FROM pg_namespace WHERE nspname = 'no_such_schema'",
    );
    await opened.close();
    expect(rows).toEqual([{ schemas: 0 }]);
  });

  it('refuses a schema that holds no store, naming the missing tables', async () => {
    const directory = await copyOfStore();
    const writer = await openPostgresStore(`pglite:${directory}`);
    await writer.executor.query('CREATE SCHEMA not_a_store');
    await writer.close();
    expect(await refusal(`pglite:${directory}`, { readOnly: true, schema: 'not_a_store' })).toEqual(
      notFound(
        `pglite:${directory}`,
        `the database in ${directory}: schema "not_a_store" holds no store (tables missing: events, schema_migrations)`,
      ),
    );
  });

  it('refuses an in-memory database, which is always new', async () => {
    expect(await refusal('pglite:memory', { readOnly: true })).toEqual(
      notFound('pglite:memory', 'a new in-memory database: schema "parcel_claims" does not exist'),
    );
  });

  it('refuses /proc/self with a sentence, not "[object Object]"', async () => {
    const found = await refusal('pglite:/proc/self', { readOnly: true });
    expect(found).toMatchObject({ name: 'StoreNotFound', url: 'pglite:/proc/self' });
    expect(found).toHaveProperty(
      'reason',
      expect.stringMatching(/^\/proc\/self holds a directory of \d+ entries and no PGlite database in it/),
    );
  });
});

describe('a directory whose store is being created by a live process', () => {
  it('is in use, to a reader and to a writer, not "no store" or "not a store directory"', async () => {
    // What a directory looks like while its holder runs initdb: a live lock, files, no PG_VERSION.
    const directory = join(root, 'being-created');
    await mkdir(directory);
    await writeFile(join(directory, 'postgresql.conf'), '');
    await writeFile(
      join(directory, 'parcel-claims.lock'),
      JSON.stringify({ pid: process.pid, start: null, boot: null, host: hostname(), nonce: 'creating' }),
    );
    const inUse = { name: 'StoreInUse', directory, holderPid: process.pid };
    expect([
      await refusal(`pglite:${directory}`, { readOnly: true }),
      await refusal(`pglite:${directory}`),
    ]).toEqual([inUse, inUse]);
  });
});

describe('opening a PGlite directory to write', () => {
  it('refuses a directory of other files, and a file, writing nothing in them', async () => {
    const others = join(root, 'not-a-store');
    await mkdir(others);
    await writeFile(join(others, 'notes.txt'), 'mine\n');
    const file = join(others, 'notes.txt');
    expect([
      await refusal(`pglite:${others}`),
      await refusal(`pglite:${file}`),
      await readdir(others),
    ]).toEqual([
      notAStore(others, 'a directory of 1 entry and no PGlite database in it (no PG_VERSION file)'),
      notAStore(file, 'a file, not a directory'),
      ['notes.txt'],
    ]);
  });

  it('refuses /proc/self with a sentence, not "[object Object]"', async () => {
    const found = await refusal('pglite:/proc/self');
    expect(found).toMatchObject({ name: 'NotAStoreDirectory', directory: '/proc/self' });
    expect(found).toHaveProperty(
      'message',
      expect.stringMatching(
        /^Cannot create a store in \/proc\/self: it is a directory of \d+ entries and no PGlite database in it \(no PG_VERSION file\)\. /,
      ),
    );
  });

  it('is refused to a second opener in this process, and open again after close', async () => {
    const directory = await copyOfStore();
    const first = await openPostgresStore(`pglite:${directory}`);
    expect(await refusal(`pglite:${directory}`)).toEqual({
      name: 'StoreInUse',
      directory,
      holderPid: process.pid,
    });
    await first.store.append('parcel-2', [sampleEvent(2)], { expectedVersion: 'no_stream' });
    await first.close();
    const again = await openPostgresStore(`pglite:${directory}`);
    expect((await again.store.readStream('parcel-2')).map((event) => event.data)).toEqual([{ n: 2 }]);
    await again.close();
    expect((await readdir(directory)).filter((entry) => entry.startsWith('parcel-claims.lock'))).toEqual([]);
  });
});
