import { projectionRunner } from '@parcel-claims/eventsourcing';
import { migrate, partitionedProjectionLag, postgresEventStore, schemaNames } from '@parcel-claims/postgres';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sqlClaimReadModelNames, sqlClaimReadModels, sqlClaimReadModelsSink } from '../../src/sql.js';
import { pgFixture } from '../support/pg-fixture.js';
import { expectedTables, storedTables } from '../support/table-rows.js';
import { copyEvents, dossierEvents } from './shared-log.js';
import { killWorkers, type Said, startWorker } from './worker-process.js';

const pg = pgFixture('workers');
const rebuilt = `${pg.schema}_r`;
const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
afterEach(killWorkers);
afterAll(async () => {
  await pg.executor().query(`DROP SCHEMA IF EXISTS ${schemaNames(rebuilt).quoted} CASCADE`);
});

const createReadModels = async (schema: string) => {
  const models = sqlClaimReadModels({ schema });
  for (const name of sqlClaimReadModelNames) await models[name].createTables(pg.executor());
  return models;
};

const until = async (done: () => Promise<boolean>, what: string): Promise<void> => {
  const deadline = Date.now() + 60_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const partitionsOf = (lines: readonly Said[]): ReadonlySet<unknown> =>
  new Set(lines.flatMap((line) => (Array.isArray(line.partitions) ? line.partitions : [])));

describe('three workers sharing the claim read models on PostgreSQL', () => {
  it('one killed mid-run (SIGKILL): the others take its partitions over; the read models equal a rebuild and every event is applied exactly once', async () => {
    const executor = pg.executor();
    const store = postgresEventStore({ executor, schema: pg.schema });
    await createReadModels(pg.schema);
    await executor.query(
      `CREATE TABLE ${schemaNames(pg.schema).qualified('applications')} (event_id text, worker text)`,
    );
    const events = await dossierEvents(36);
    const half = Math.floor(events.length / 2);
    await copyEvents(store, events.slice(0, half));

    const args = (name: string) => [pgUrl, pg.schema, name, '8', '4', '1', '30'];
    const [a, b, c] = ['worker-a', 'worker-b', 'worker-c'].map((name) =>
      startWorker('pg-claim-worker.mjs', args(name)),
    );
    if (a === undefined || b === undefined || c === undefined) throw new Error('three workers expected');
    await Promise.all([a, b, c].map((worker) => worker.waitFor((line) => line.started !== undefined)));
    await b.waitFor((line) => typeof line.events === 'number' && line.events > 0);
    b.kill();
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

    const applications = await executor.query(
      `SELECT event_id, count(*)::integer AS times FROM ${schemaNames(pg.schema).qualified('applications')} GROUP BY event_id ORDER BY event_id`,
    );
    expect(applications.rows).toEqual(
      events
        .map((event) => ({ event_id: event.eventId, times: 1 }))
        .sort((x, y) => (x.event_id < y.event_id ? -1 : 1)),
    );

    await migrate(executor, { schema: rebuilt });
    const models = await createReadModels(rebuilt);
    const [first, ...rest] = sqlClaimReadModelNames.map((name) => ({ name, model: models[name] }));
    if (first === undefined) throw new Error('five read models expected');
    const sink = sqlClaimReadModelsSink({ executor, models: [first, ...rest] });
    await projectionRunner({ store, sink, name: 'rebuild', filter: { streamPrefix: 'parcel-' } }).rebuild();
    const shared = await storedTables(executor, pg.schema);
    expect(shared).toEqual(await storedTables(executor, rebuilt));
    expect(shared).toEqual(await expectedTables(store));
  }, 120_000);
});
