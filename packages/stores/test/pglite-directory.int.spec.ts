import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotAStoreDirectory, StoreInUse } from '@parcel-claims/postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';

let root = '';
afterAll(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

/** What `openStore` rejects with; fails the test if it resolves. */
const rejection = async (url: string): Promise<unknown> =>
  openStore(url).then(
    async (opened) => {
      await opened.close();
      throw new Error(`${url} opened`);
    },
    (error: unknown) => error,
  );

describe('openStore on a pglite: directory', () => {
  it('passes on StoreInUse as it is, naming the directory and the holder', async () => {
    root = await mkdtemp(join(tmpdir(), 'parcel-claims-stores-'));
    const held = join(root, 'held');
    await mkdir(held);
    await writeFile(join(root, 'notes.txt'), 'not a store\n');
    // A lock held by this very process: the second opener of a directory is refused.
    await writeFile(
      join(held, 'parcel-claims.lock'),
      JSON.stringify({ pid: process.pid, start: null, boot: null, host: hostname(), nonce: 'test' }),
    );
    const error = await rejection(`pglite:${held}`);
    expect(error).toBeInstanceOf(StoreInUse);
    expect(error).toMatchObject({ name: 'StoreInUse', directory: held, holderPid: process.pid });
  });

  it('passes on NotAStoreDirectory as it is', async () => {
    const error = await rejection(`pglite:${root}`);
    expect(error).toBeInstanceOf(NotAStoreDirectory);
    expect(error).toMatchObject({
      name: 'NotAStoreDirectory',
      directory: root,
      found: 'a directory of 2 entries and no PGlite database in it (no PG_VERSION file)',
    });
  });
});
