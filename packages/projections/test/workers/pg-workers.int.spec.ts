import { partitionedProjectionLag, postgresEventStore, schemaNames } from '@parcel-claims/postgres';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { pgFixture } from '../support/pg-fixture.js';
import { copyEvents, dossierEvents } from './shared-log.js';
import {
  expectEachAppliedOnce,
  expectEqualToRebuild,
  prepareSharedSchema,
  until,
} from './shared-read-models.js';
import { killWorkers, type Said, startWorker } from './worker-process.js';

const pg = pgFixture('workers');
const rebuilt = `${pg.schema}_r`;
const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
afterEach(killWorkers);
afterAll(async () => {
  await pg.executor().query(`DROP SCHEMA IF EXISTS ${schemaNames(rebuilt).quoted} CASCADE`);
});

const partitionsOf = (lines: readonly Said[]): ReadonlySet<unknown> =>
  new Set(lines.flatMap((line) => (Array.isArray(line.partitions) ? line.partitions : [])));

describe('three workers sharing the claim read models on PostgreSQL', () => {
  it('one killed mid-run (SIGKILL): the others take its partitions over; the read models equal a rebuild and every event is applied exactly once', async () => {
    const executor = pg.executor();
    const store = postgresEventStore({ executor, schema: pg.schema });
    await prepareSharedSchema(executor, pg.schema);
    const events = await dossierEvents(36);
    const half = Math.floor(events.length / 2);
    await copyEvents(store, events.slice(0, half));

    // 8 partitions, batches of 4, leases of 1 s, 30 ms inside each batch's transaction.
    const args = (name: string) => [pgUrl, pg.schema, name, '8', '4', '1', '30'];
    const [a, b, c] = ['worker-a', 'worker-b', 'worker-c'].map((name) =>
      startWorker('pg-claim-worker.mjs', args(name)),
    );
    if (a === undefined || b === undefined || c === undefined) throw new Error('three workers expected');
    await Promise.all([a, b, c].map((worker) => worker.waitFor((line) => line.started !== undefined)));
    await b.waitFor((line) => typeof line.events === 'number' && line.events > 0);
    b.child.kill('SIGKILL');
    expect((await b.exited).signal).toBe('SIGKILL');
    const [aAtKill, cAtKill] = [a.said.length, c.said.length];
    await copyEvents(store, events.slice(half));

    await until(
      async () =>
        (await partitionedProjectionLag(executor, { schema: pg.schema, projection: 'claim-read-models' })) ===
        0,
      'the survivors to apply every event',
    );
    for (const worker of [a, c]) worker.stop();
    expect(await Promise.all([a.exited, c.exited])).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);

    // What the killed worker held is taken over: every partition it committed a batch of is
    // written by a survivor after the kill.
    const later = partitionsOf([...a.said.slice(aAtKill), ...c.said.slice(cAtKill)]);
    expect([...partitionsOf(b.said)].filter((partition) => !later.has(partition))).toEqual([]);

    await expectEachAppliedOnce(executor, pg.schema, events);
    await expectEqualToRebuild(executor, store, pg.schema, rebuilt);
  }, 120_000);
});
