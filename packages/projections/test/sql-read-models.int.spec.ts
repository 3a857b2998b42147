import { instantFromMillis } from '@parcel-claims/core';
import { inMemoryEventStore, ProjectionFailed, projectionRunner } from '@parcel-claims/eventsourcing';
import { parcelStreamPrefix } from '@parcel-claims/service';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { UndecodableClaimEvent } from '../src/index.js';
import { sqlClaimSink, sqlClaimsBoard } from '../src/sql.js';
import { appendLog, arbParcelLog } from './support/parcel-log.js';
import { pgFixture } from './support/pg-fixture.js';
import { instant } from './support/project.js';
import { scenarioStore } from './support/scenario.js';
import { pureAnswers, sqlAnswers, sqlModels } from './support/sql-models.js';
import { withStrangeEvent } from './support/strange-event.js';

const pg = pgFixture('read_models');
const filter = { streamPrefix: parcelStreamPrefix };

describe('the claim read models in PostgreSQL', () => {
  beforeAll(async () => {
    const models = sqlModels(pg.executor(), pg.schema);
    // Twice: creating the tables is idempotent.
    await models.createTables();
    await models.createTables();
  });

  it('answer every query of the scenario as the pure read models do', async () => {
    const executor = pg.executor();
    const models = sqlModels(executor, pg.schema);
    const store = await scenarioStore();
    for (const [name, sink] of models.sinks()) {
      await projectionRunner({ store, sink, name, batchSize: 7, filter }).rebuild();
    }
    for (const asOf of ['2026-02-05T15:59:59.999Z', '2026-02-05T16:00:00.000Z', '2026-02-23T00:00:00.000Z']) {
      const questions = {
        asOf: instant(asOf),
        sellerId: 'seller-a',
        carrierId: 'sky-cargo',
        parcelId: 'PB',
        claimId: 'C1',
      };
      expect(await sqlAnswers(executor, models, questions)).toEqual(await pureAnswers(store, questions));
    }
    const answers = await sqlAnswers(executor, models, {
      asOf: instant('2026-02-23T00:00:00.000Z'),
      sellerId: 'seller-a',
      carrierId: 'sky-cargo',
      parcelId: 'PB',
      claimId: 'C1',
    });
    expect(answers.claims.map((entry) => `${entry.parcelId} ${entry.status}`)).toEqual([
      'PD lapsed',
      'PA paid',
      'PC accepted',
      'PB gathering-documents',
    ]);
    expect(answers.overdueSellerDocuments.map((document) => document.documentType)).toEqual([
      'proof-of-value',
      'buyer-dispute-evidence',
    ]);
    expect(answers.overduePayouts.map((entry) => entry.parcelId)).toEqual(['PC']);
    expect(answers.seller?.medianInquiryToPayoutMs).toBe((35 * 24 + 5) * 3_600_000);
  });

  it('built incrementally over any catch-up points, answer as the pure read models rebuilt from the same log', async () => {
    const executor = pg.executor();
    const models = sqlModels(executor, pg.schema);
    await fc.assert(
      fc.asyncProperty(
        arbParcelLog,
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 9, 1) }).map(instantFromMillis),
        async ({ log }, cuts, batchSize, asOf) => {
          const store = inMemoryEventStore();
          const runners = models
            .sinks()
            .map(([name, sink]) => projectionRunner({ store, sink, name, batchSize, filter }));
          for (const runner of runners) await runner.rebuild();
          let appended = 0;
          for (const cut of [...cuts.map((c) => c % (log.length + 1)), log.length].sort((a, b) => a - b)) {
            await appendLog(store, log, appended, cut);
            appended = Math.max(appended, cut);
            for (const runner of runners) await runner.catchUp();
          }
          const questions = {
            asOf,
            sellerId: 'seller-a',
            carrierId: 'sky-cargo',
            parcelId: 'P2',
            claimId: 'claim-1',
          };
          expect(await sqlAnswers(executor, models, questions)).toEqual(await pureAnswers(store, questions));
        },
      ),
      { numRuns: 15 },
    );
    // A run writes a few hundred statements per read model; the default five seconds is too short.
  }, 120_000);

  it('a poison event rolls its batch back and stops the projection before it; parked, it is passed', async () => {
    const executor = pg.executor();
    const board = sqlClaimsBoard({ schema: pg.schema });
    const store = await withStrangeEvent();
    const sink = sqlClaimSink({ executor, model: board, name: 'claims-board-poison' });
    await sink.reset();
    const stopped = await projectionRunner({ store, sink, name: 'board', batchSize: 10, filter })
      .catchUp()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(stopped).toBeInstanceOf(ProjectionFailed);
    expect(
      stopped instanceof ProjectionFailed
        ? [stopped.kind, stopped.position, stopped.cause instanceof UndecodableClaimEvent]
        : [],
    ).toEqual(['handler-failed', 48n, true]);
    expect(await sink.checkpoint()).toBe(47n);
    expect(await board.listClaims(executor)).toHaveLength(4);

    const parked: bigint[] = [];
    const parking = projectionRunner({
      store,
      sink,
      name: 'board',
      filter,
      onPoison: 'park',
      park: async (event) => {
        parked.push(event.position);
      },
    });
    expect(await parking.catchUp()).toEqual({ handled: 1, checkpoint: 48n });
    expect(parked).toEqual([48n]);
    expect(await sink.checkpoint()).toBe(48n);
  });
});
