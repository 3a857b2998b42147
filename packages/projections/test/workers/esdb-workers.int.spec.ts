import { openEventStoreDbStore } from '@parcel-claims/eventstoredb';
import { type StandIn, startStandIn } from '@parcel-claims/eventstoredb/testing';
import { schemaNames } from '@parcel-claims/postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pgFixture } from '../support/pg-fixture.js';
import { copyEvents, dossierEvents } from './shared-log.js';
import {
  applicationCount,
  expectEachAppliedOnce,
  expectEqualToRebuild,
  prepareSharedSchema,
  until,
} from './shared-read-models.js';
import { killWorkers, startWorker } from './worker-process.js';

const pg = pgFixture('esdb_workers');
const rebuilt = `${pg.schema}_r`;
const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
let standIn: StandIn | undefined;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterEach(killWorkers);
afterAll(async () => {
  await standIn?.stop();
  await pg.executor().query(`DROP SCHEMA IF EXISTS ${schemaNames(rebuilt).quoted} CASCADE`);
});

describe("three workers sharing the claim read models through the stand-in's persistent subscriptions", () => {
  it('one killed mid-run (SIGKILL): the server hands its events and its buckets to the others; the read models equal a rebuild and every event is applied exactly once', async () => {
    if (standIn === undefined) throw new Error('The stand-in starts in beforeAll');
    const executor = pg.executor();
    const { store, close } = openEventStoreDbStore(standIn.connectionString);
    await prepareSharedSchema(executor, pg.schema);
    const events = await dossierEvents(24);
    const half = Math.floor(events.length / 2);
    await copyEvents(store, events.slice(0, half));

    // Buffers of 4 events, 10 ms inside each batch's transaction.
    const args = (name: string) => [standIn?.connectionString ?? '', pgUrl, pg.schema, name, '4', '10'];
    const [a, b, c] = ['worker-a', 'worker-b', 'worker-c'].map((name) =>
      startWorker('esdb-claim-worker.mjs', args(name)),
    );
    if (a === undefined || b === undefined || c === undefined) throw new Error('three workers expected');
    await Promise.all([a, b, c].map((worker) => worker.waitFor((line) => line.started !== undefined)));
    await b.waitFor((line) => typeof line.applied === 'number' && line.applied > 0);
    b.child.kill('SIGKILL');
    expect((await b.exited).signal).toBe('SIGKILL');
    await copyEvents(store, events.slice(half));

    await until(
      async () => (await applicationCount(executor, pg.schema)) >= events.length,
      'every event applied',
    );
    for (const worker of [a, c]) worker.stop();
    expect(await Promise.all([a.exited, c.exited])).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    // Each survivor applied some of the events written after the kill.
    for (const survivor of [a, c]) expect(survivor.said.some((line) => Number(line.applied) > 0)).toBe(true);

    await expectEachAppliedOnce(executor, pg.schema, events);
    await expectEqualToRebuild(executor, store, pg.schema, rebuilt);
    await close();
  }, 120_000);
});
