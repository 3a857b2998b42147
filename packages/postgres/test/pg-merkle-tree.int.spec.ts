import { randomUUID } from 'node:crypto';
import {
  consistencyProof,
  eventLeafHash,
  hashToHex,
  inclusionProof,
  type LogTree,
  treeHead,
  verifyConsistency,
  verifyInclusion,
} from '@parcel-claims/eventsourcing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  migrate,
  migrations,
  type PgExecutor,
  type PostgresEventStore,
  pgExecutor,
  postgresEventStore,
  schemaNames,
} from '../src/index.js';
import { writeFromEach } from './support/concurrent-writers.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';
import { dropSchema, testSchema } from './support/test-schema.js';
import { treeComputedFrom, treeStoredIn, wholeLog } from './support/tree-of-log.js';

const fixture = pgStoreFixture('tree', 3);
const pools: PgExecutor[] = [];
const schemas: string[] = [];

afterAll(async () => {
  const [cleaner] = pools;
  if (cleaner !== undefined) for (const schema of schemas) await dropSchema(cleaner, schema);
  await Promise.all(pools.map((pool) => pool.close()));
});

/** A pool of its own: another process, as far as the server can tell. */
const connection = (): PgExecutor => {
  const executor = pgExecutor({ connectionString: pgUrl, max: 2 });
  pools.push(executor);
  return executor;
};

const treeOf = (store: PostgresEventStore): LogTree => {
  if (store.tree === undefined) throw new Error('the PostgreSQL store has no tree');
  return store.tree;
};

describe('the Merkle tree of a PostgreSQL store', () => {
  it('8 writers on their own connections, each grouping its appends, keep the tree equal to the log', async () => {
    const prefix = `writers-${randomUUID()}-`;
    const writers = Array.from({ length: 8 }, () =>
      postgresEventStore({ executor: connection(), schema: fixture.schema }),
    );
    await Promise.all(
      writers.map((writer, index) => writeFromEach([writer], `${prefix}${index}-`, 3).then(() => undefined)),
    );
    await writeFromEach(writers, prefix, 12);
    const store = fixture.store();
    const log = await wholeLog(store);
    expect(log.filter((event) => event.streamId.startsWith(prefix))).toHaveLength(8 * 3 + 8 * 12);
    expect(await treeStoredIn(store, fixture.executor(), fixture.schema)).toEqual(treeComputedFrom(log));
  }, 60_000);

  it('inclusion proofs of every leaf and consistency proofs between every two sizes verify from the stored nodes', async () => {
    const executor = connection();
    const schema = testSchema('tree_proofs');
    schemas.push(schema);
    await migrate(executor, { schema });
    const store = postgresEventStore({ executor, schema });
    const tree = treeOf(store);
    const heads = [await tree.head()];
    for (const [n, size] of [1, 2, 1, 3, 5, 1, 4].entries()) {
      const events = Array.from({ length: size }, (_, i) => sampleEvent(n * 10 + i));
      const [first, ...rest] = events;
      if (first === undefined) continue;
      await store.append(`proofs-${n % 3}`, [first, ...rest], { expectedVersion: 'any' });
      heads.push(await tree.head());
    }
    const log = await wholeLog(store);
    const last = heads[heads.length - 1] ?? { size: 0, root: Buffer.alloc(0) };
    expect(last.size).toBe(17);
    const inclusions = [];
    for (const [index, event] of log.entries()) {
      const proof = await inclusionProof(tree.nodes, index, last.size);
      inclusions.push(
        proof.ok
          ? verifyInclusion({
              leafHash: eventLeafHash(event.metadata.hash),
              index,
              size: last.size,
              proof: proof.proof,
              root: last.root,
            })
          : proof,
      );
    }
    expect(inclusions).toEqual(log.map(() => ({ ok: true })));
    const consistencies = [];
    const expected = [];
    for (const first of heads) {
      for (const second of heads) {
        if (first.size === 0 || first.size > second.size) continue;
        const older = await treeHead(tree.nodes, first.size);
        const proof = await consistencyProof(tree.nodes, first.size, second.size);
        consistencies.push([
          older.ok && hashToHex(older.root) === hashToHex(first.root),
          proof.ok
            ? verifyConsistency({
                firstSize: first.size,
                firstRoot: first.root,
                secondSize: second.size,
                secondRoot: second.root,
                proof: proof.proof,
              })
            : proof,
        ]);
        expected.push([true, { ok: true }]);
      }
    }
    expect(consistencies).toEqual(expected);
  });

  it('a store of the version before the tree, holding events with a gap in their positions, gets the tree of its events when migrated', async () => {
    const executor = connection();
    const schema = testSchema('tree_migrate');
    schemas.push(schema);
    const beforeTree = migrations.filter((step) => step.version < 6);
    await migrate(executor, { schema, migrations: beforeTree });
    const store = postgresEventStore({ executor, schema });
    for (const n of [1, 2, 3, 4, 5]) {
      const events = Array.from({ length: n }, (_, i) => sampleEvent(n * 10 + i));
      const [first, ...rest] = events;
      if (first !== undefined)
        await store.append(`migrated-${n % 2}`, [first, ...rest], { expectedVersion: 'any' });
      if (n === 2) {
        await executor
          .transaction(async (tx) => {
            await postgresEventStore({ executor: tx, schema }).append('rolled-back', [sampleEvent(99)], {
              expectedVersion: 'no_stream',
            });
            throw new Error('rolled back after taking a position');
          })
          .catch(() => undefined);
      }
    }
    expect(await migrate(executor, { schema })).toEqual([6, 7]);
    const log = await wholeLog(store);
    // Position 4 went to the append that rolled back.
    const positions = [1, 2, 3, ...Array.from({ length: 12 }, (_, i) => i + 5)].map(BigInt);
    expect(log.map((event) => event.position)).toEqual(positions);
    expect(await treeStoredIn(store, executor, schema)).toEqual(treeComputedFrom(log));
    await store.append('migrated-0', [sampleEvent(100)], { expectedVersion: 'any' });
    const grown = await wholeLog(store);
    expect(grown).toHaveLength(16);
    expect(await treeStoredIn(store, executor, schema)).toEqual(treeComputedFrom(grown));
  });

  it('a writer that goes around the append functions cannot record an event the tree misses', async () => {
    const { qualified } = schemaNames(fixture.schema);
    const before = await treeOf(fixture.store()).head();
    const refused = await fixture
      .executor()
      .query(
        `INSERT INTO ${qualified('events')} (position, stream_id, revision, event_id, type, data,
           command_id, correlation_id, causation_id, recorded_at, schema_version, hash)
         VALUES (nextval('${qualified('event_position')}'), $1, 0, $2, 'Around', '{}', 'c', 'c', 'c',
           '2026-03-02T09:00:00.000Z', 1, 'unchained')`,
        [`around-${randomUUID()}`, randomUUID()],
      )
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: '23502', column: 'leaf_index' });
    expect(await treeOf(fixture.store()).head()).toEqual(before);
  });

  it('an event whose leaf index leaves a gap after the tree is refused, and the tree stays as it was', async () => {
    const { qualified } = schemaNames(fixture.schema);
    const tree = treeOf(fixture.store());
    const before = await tree.head();
    const refused = await fixture
      .executor()
      .transaction(async (tx) => {
        await tx.query(
          `INSERT INTO ${qualified('events')} (position, stream_id, revision, event_id, type, data,
             command_id, correlation_id, causation_id, recorded_at, schema_version, hash, leaf_index)
           VALUES (nextval('${qualified('event_position')}'), $1, 0, $2, 'Gap', '{}', 'c', 'c', 'c',
             '2026-03-02T09:00:00.000Z', 1, 'unchained', $3::bigint)`,
          [`gap-${randomUUID()}`, randomUUID(), before.size + 2],
        );
        await tx.query(`SELECT ${qualified('grow_merkle_tree')}()`);
      })
      .catch((error: unknown) => (error instanceof Error ? error.message : error));
    expect(refused).toBe(
      `Merkle tree of schema ${fixture.schema}: the events not yet in it (1) end at leaf index ${before.size + 2}, where a tree of size ${before.size} expects ${before.size}`,
    );
    expect(await tree.head()).toEqual(before);
  });

  it('reads no node that is not complete yet, and an empty list of addresses without a query', async () => {
    const tree = treeOf(fixture.store());
    const { size } = await tree.head();
    expect(await tree.nodes.read([])).toEqual([]);
    expect(
      await tree.nodes.read([
        { level: 0, index: size },
        { level: 30, index: 0 },
      ]),
    ).toEqual([undefined, undefined]);
  });
});
