import { pgNotifications, postgresEventStore } from '@parcel-claims/postgres';
import { assertProjectionFaults } from '@parcel-claims/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { pgFixture } from '../support/pg-fixture.js';
import { memoryTargets, sqlTargets } from '../support/reliability-targets.js';

// `pnpm test:soak` runs the same scenario at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

const pg = pgFixture('rel_projections');
const sql = sqlTargets(() => pg.executor());
afterAll(() => sql.drop());

const store = async () => {
  const opened = postgresEventStore({
    executor: pg.executor(),
    schema: pg.schema,
    notifications: pgNotifications(pg.executor().pool),
  });
  return { store: opened, dispose: opened.close };
};

describe('projection faults over the PostgreSQL store', () => {
  const sqlRuns = soak ? 60 : 4;
  it(`the five read models in PostgreSQL, crashed at generated points: each crash leaves neither the batch nor its checkpoint; they equal a full rebuild (${sqlRuns} runs)`, async () => {
    const report = await assertProjectionFaults(store, sql.targets, { numRuns: sqlRuns });
    console.info(`PostgreSQL SQL projection faults: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(sqlRuns);
  }, 600_000);

  const memoryRuns = soak ? 100 : 4;
  it(`the five read models in memory, crashed at generated points, equal a full rebuild (${memoryRuns} runs)`, async () => {
    const report = await assertProjectionFaults(store, memoryTargets, { numRuns: memoryRuns });
    console.info(`PostgreSQL memory projection faults: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(memoryRuns);
  }, 600_000);
});
