import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { defaultSchema, migrate, type PGliteDatabase, pgliteExecutor } from '../src/index.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { treeFollowsTheLog } from './support/tree-property.js';

const fixture = pgStoreFixture('tree_prop', 4);
let pglite: PGlite | undefined;

beforeAll(async () => {
  pglite = await PGlite.create();
  await migrate(pgliteExecutor(pglite));
}, 120_000);

afterAll(async () => {
  await pglite?.close();
});

const pgliteDatabase = (): PGliteDatabase => {
  if (pglite === undefined) throw new Error('The PGlite database opens in beforeAll');
  return pglite;
};

describe('the Merkle tree follows the log', () => {
  it('on PostgreSQL: after any appends, refused, rolled back, grouped or by an older writer, the stored tree is the tree of readAll', async () => {
    await treeFollowsTheLog(fixture.executor, fixture.schema, 25);
  }, 180_000);

  it('on PGlite: after any appends, refused, rolled back, grouped or by an older writer, the stored tree is the tree of readAll', async () => {
    await treeFollowsTheLog(() => pgliteExecutor(pgliteDatabase()), defaultSchema, 20);
  }, 180_000);
});
