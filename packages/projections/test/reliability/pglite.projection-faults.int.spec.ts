import { type OpenedStore, openPostgresStore } from '@parcel-claims/postgres';
import { assertProjectionFaults } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryTargets, sqlTargets } from '../support/reliability-targets.js';

// `pnpm test:soak` runs the same scenario at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

let opened: OpenedStore | undefined;
const ready = (): OpenedStore => {
  if (opened === undefined) throw new Error('PGlite opens in beforeAll');
  return opened;
};
beforeAll(async () => {
  opened = await openPostgresStore('pglite:memory');
}, 120_000);
const sql = sqlTargets(() => ready().executor);
afterAll(async () => {
  await sql.drop();
  await opened?.close();
});

describe('projection faults over the PGlite store', () => {
  const sqlRuns = soak ? 40 : 2;
  it(`the five read models in PGlite, crashed at generated points: each crash leaves neither the batch nor its checkpoint; they equal a full rebuild (${sqlRuns} runs)`, async () => {
    const report = await assertProjectionFaults(async () => ({ store: ready().store }), sql.targets, {
      numRuns: sqlRuns,
    });
    console.info(`PGlite SQL projection faults: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(sqlRuns);
  }, 600_000);

  const memoryRuns = soak ? 60 : 3;
  it(`the five read models in memory, crashed at generated points, equal a full rebuild (${memoryRuns} runs)`, async () => {
    const report = await assertProjectionFaults(async () => ({ store: ready().store }), memoryTargets, {
      numRuns: memoryRuns,
    });
    console.info(`PGlite memory projection faults: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(memoryRuns);
  }, 600_000);
});
