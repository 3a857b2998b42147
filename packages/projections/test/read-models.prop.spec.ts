import { instantFromMillis } from '@parcel-claims/core';
import { inMemoryEventStore, memoryProjectionSink, projectionRunner } from '@parcel-claims/eventsourcing';
import { parcelStreamPrefix } from '@parcel-claims/service';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClaimEventRecord,
  type ClaimReadModel,
  carrierLossStatistics,
  claimProjection,
  claimsBoard,
  countClaimsByStatus,
  listAwaitingPayout,
  listCarrierLossStatistics,
  listClaims,
  listOutstandingDocuments,
  listSellerStatistics,
  outstandingDocuments,
  payoutSla,
  payoutSlaWatch,
  sellerStatistics,
} from '../src/index.js';
import {
  expectedAwaitingPayout,
  expectedBoard,
  expectedCarrierStatistics,
  expectedOutstanding,
  expectedPayoutSla,
  expectedSellerStatistics,
} from './support/oracle.js';
import { appendLog, arbParcelLog, type ParcelLog, storeOf } from './support/parcel-log.js';
import { project } from './support/project.js';

const filter = { streamPrefix: parcelStreamPrefix };

/** Builds the read model with a catch-up after each cut of the log, then rebuilds it from scratch. */
const incrementalAndRebuilt = async <ReadModel>(
  model: ClaimReadModel<ReadModel>,
  log: ParcelLog['log'],
  cuts: readonly number[],
  batchSize: number,
) => {
  const store = inMemoryEventStore();
  const incremental = memoryProjectionSink(claimProjection(model));
  const runner = projectionRunner({ store, sink: incremental, name: 'incremental', batchSize, filter });
  let appended = 0;
  for (const cut of [...cuts.map((c) => c % (log.length + 1)), log.length].sort((a, b) => a - b)) {
    await appendLog(store, log, appended, cut);
    appended = Math.max(appended, cut);
    await runner.catchUp();
  }
  const rebuilt = memoryProjectionSink(claimProjection(model));
  await projectionRunner({ store, sink: rebuilt, name: 'rebuilt', filter }).rebuild();
  return { incremental: incremental.readModel(), rebuilt: rebuilt.readModel() };
};

/** The log as the records a read model folds, positions 1, 2, 3, … */
const recordsOf = (log: ParcelLog['log']): readonly ClaimEventRecord[] => {
  const revisions = new Map<string, bigint>();
  return log.map(({ streamId, event }, index) => {
    const revision = revisions.get(streamId) ?? 0n;
    revisions.set(streamId, revision + 1n);
    return { event, streamId, revision, position: BigInt(index + 1) };
  });
};

/** Runs a check on each of the five read models; each keeps its own read-model type. */
const eachModel = async (check: <ReadModel>(model: ClaimReadModel<ReadModel>) => Promise<void> | void) => {
  await check(claimsBoard);
  await check(outstandingDocuments);
  await check(payoutSlaWatch);
  await check(sellerStatistics);
  await check(carrierLossStatistics);
};

const byIds = <T extends { readonly parcelId: string; readonly claimId: string }>(a: T, b: T): number =>
  a.parcelId.localeCompare(b.parcelId) || a.claimId.localeCompare(b.claimId);

const arbAsOf = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 9, 1) }).map(instantFromMillis);

describe('claim read models on several parcels merged into one global log', () => {
  it('each read model built incrementally, in any batches and catch-up points, equals a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbParcelLog,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 9 }),
        async ({ log }, cuts, batchSize) => {
          await eachModel(async (model) => {
            const { incremental, rebuilt } = await incrementalAndRebuilt(model, log, cuts, batchSize);
            expect(incremental).toEqual(rebuilt);
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('each read model answers what the decider’s own fold of every parcel says', async () => {
    await fc.assert(
      fc.asyncProperty(arbParcelLog, arbAsOf, async ({ parcels, log }, asOf) => {
        const store = await storeOf(log);

        const board = await project(store, claimsBoard);
        expect([...listClaims(board)].sort(byIds)).toEqual(expectedBoard(parcels));
        expect(listClaims(board).map(({ parcelId, claimId }) => `${parcelId}/${claimId}`)).toEqual(
          log.flatMap(({ streamId, event }) =>
            event.type === 'InquiryOpened'
              ? [`${streamId.slice(parcelStreamPrefix.length)}/${event.data.claimId}`]
              : [],
          ),
        );
        const statuses = expectedBoard(parcels).map((entry) => entry.status);
        for (const [status, count] of Object.entries(countClaimsByStatus(board))) {
          expect([status, count]).toEqual([status, statuses.filter((s) => s === status).length]);
        }

        const documents = listOutstandingDocuments(await project(store, outstandingDocuments), { asOf });
        expect(
          documents
            .map(({ parcelId, claimId, documentType, owedBy, owedByParty, state, due, overdue }) => ({
              parcelId,
              claimId,
              documentType,
              owedBy,
              owedByParty,
              state,
              due,
              overdue,
            }))
            .sort((a, b) => byIds(a, b) || a.documentType.localeCompare(b.documentType)),
        ).toEqual(expectedOutstanding(parcels, asOf));

        const watch = await project(store, payoutSlaWatch);
        expect(
          listAwaitingPayout(watch, { asOf })
            .map(({ parcelId, claimId, approvedAmount, payoutDue, overdue, overdueRecorded }) => ({
              parcelId,
              claimId,
              approvedAmount,
              payoutDue,
              overdue,
              overdueRecorded,
            }))
            .sort(byIds),
        ).toEqual(expectedAwaitingPayout(parcels, asOf));
        expect(payoutSla(watch)).toEqual(expectedPayoutSla(parcels));

        expect(listSellerStatistics(await project(store, sellerStatistics))).toEqual(
          expectedSellerStatistics(parcels),
        );
        expect(listCarrierLossStatistics(await project(store, carrierLossStatistics))).toEqual(
          expectedCarrierStatistics(parcels),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('applying any run of events again (at least once delivery) changes no read model', async () => {
    await fc.assert(
      fc.asyncProperty(arbParcelLog, fc.nat(), async ({ log }, from) => {
        const records = recordsOf(log);
        const again = records.slice(from % (records.length + 1));
        await eachModel((model) => {
          expect(applyTwice(model, records, again)).toEqual(applyTwice(model, records, []));
        });
      }),
      { numRuns: 60 },
    );
  });
});

const applyTwice = <ReadModel>(
  model: ClaimReadModel<ReadModel>,
  records: readonly ClaimEventRecord[],
  again: readonly ClaimEventRecord[],
): ReadModel => model.applyAll(model.applyAll(model.initial, records), again);
