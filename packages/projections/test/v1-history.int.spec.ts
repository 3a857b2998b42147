import { projectionRunner } from '@parcel-claims/eventsourcing';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import { claimsBoard, listClaims } from '../src/index.js';
import { pgFixture } from './support/pg-fixture.js';
import { instant, project } from './support/project.js';
import { pureAnswers, sqlAnswers, sqlModels } from './support/sql-models.js';
import { v1Store } from './support/v1-history.js';

const pg = pgFixture('v1_history');
const filter = { streamPrefix: parcelStreamPrefix };

const questions = {
  asOf: instant('2026-02-20T00:00:00.000Z'),
  sellerId: 'seller-a',
  carrierId: 'sky-cargo',
  parcelId: 'TSS-2026-000042',
  claimId: 'TSS-CLAIM-0001',
};

describe('read models of a store written at schema version 1', () => {
  it('equal, in memory, those of the same history written at today’s schema', async () => {
    const written = await v1Store({ upcast: false });
    const lifted = await v1Store({ upcast: true });
    expect(await pureAnswers(written, questions)).toEqual(await pureAnswers(lifted, questions));
  });

  it('show what was approved and paid then, above the sum insured as it was', async () => {
    const [entry] = listClaims(await project(await v1Store({ upcast: false }), claimsBoard));
    const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' });
    expect(entry).toMatchObject({
      pieceIds: ['1'],
      goodsValue: cny(1_280_000),
      insuredValue: cny(1_280_000),
      approvedAmount: cny(1_298_000),
      paidAmount: cny(1_298_000),
      status: 'paid',
    });
    expect(entry?.breakdown).toEqual({
      sumInsured: cny(1_280_000),
      insuredShare: null,
      provenLoss: cny(1_280_000),
      provenConversions: [],
      coveredShippingCost: cny(18_000),
      limit: cny(1_280_000),
      deductible: { rule: { kind: 'none' }, amount: cny(0) },
      carrierSettlement: cny(0),
      salvage: cny(0),
      cap: cny(1_298_000),
    });
  });

  it('equal, in PostgreSQL, the pure read models of the same history written at today’s schema', async () => {
    const executor = pg.executor();
    const models = sqlModels(executor, pg.schema);
    await models.createTables();
    const written = await v1Store({ upcast: false });
    for (const [name, sink] of models.sinks()) {
      await projectionRunner({ store: written, sink, name, filter }).rebuild();
    }
    expect(await sqlAnswers(executor, models, questions)).toEqual(
      await pureAnswers(await v1Store({ upcast: true }), questions),
    );
  });
});
