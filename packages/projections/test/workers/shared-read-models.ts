import { type EventStore, projectionRunner, type RecordedEvent } from '@parcel-claims/eventsourcing';
import { migrate, type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import { expect } from 'vitest';
import { sqlClaimReadModelNames, sqlClaimReadModels, sqlClaimReadModelsSink } from '../../src/sql.js';
import { expectedTables, storedTables } from '../support/table-rows.js';

/** The five read models' tables in `schema`, and the table the workers record each application in. */
export const prepareSharedSchema = async (executor: SqlExecutor, schema: string): Promise<void> => {
  const models = sqlClaimReadModels({ schema });
  for (const name of sqlClaimReadModelNames) await models[name].createTables(executor);
  await executor.query(
    `CREATE TABLE ${schemaNames(schema).qualified('applications')} (event_id text, worker text)`,
  );
};

/** How many events the workers have applied so far, all workers together. */
export const applicationCount = async (executor: SqlExecutor, schema: string): Promise<number> => {
  const { rows } = await executor.query(
    `SELECT count(*)::integer AS applied FROM ${schemaNames(schema).qualified('applications')}`,
  );
  return Number(rows[0]?.applied ?? 0);
};

/** Waits, polling, until `done`; fails after a minute naming what it waited for. */
export const until = async (done: () => Promise<boolean>, what: string): Promise<void> => {
  const deadline = Date.now() + 60_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Every event was applied exactly once, by whichever worker. */
export const expectEachAppliedOnce = async (
  executor: SqlExecutor,
  schema: string,
  events: readonly RecordedEvent[],
): Promise<void> => {
  const { rows } = await executor.query(
    `SELECT event_id, count(*)::integer AS times FROM ${schemaNames(schema).qualified('applications')}
      GROUP BY event_id ORDER BY event_id`,
  );
  expect(rows).toEqual(
    events
      .map((event) => ({ event_id: event.eventId, times: 1 }))
      .sort((a, b) => (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0)),
  );
};

/**
 * The read models the workers kept in `schema` equal, row for row, those one runner rebuilds
 * from `store` into `rebuilt` (a schema of its own), and the pure read models' rows.
 */
export const expectEqualToRebuild = async (
  executor: SqlExecutor,
  store: EventStore,
  schema: string,
  rebuilt: string,
): Promise<void> => {
  await migrate(executor, { schema: rebuilt });
  const models = sqlClaimReadModels({ schema: rebuilt });
  for (const name of sqlClaimReadModelNames) await models[name].createTables(executor);
  const [first, ...rest] = sqlClaimReadModelNames.map((name) => ({ name, model: models[name] }));
  if (first === undefined) throw new Error('five read models expected');
  const sink = sqlClaimReadModelsSink({ executor, models: [first, ...rest] });
  await projectionRunner({ store, sink, name: 'rebuild', filter: { streamPrefix: 'parcel-' } }).rebuild();
  const shared = await storedTables(executor, schema);
  expect(shared).toEqual(await storedTables(executor, rebuilt));
  expect(shared).toEqual(await expectedTables(store));
};
