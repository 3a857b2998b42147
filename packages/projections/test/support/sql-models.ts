import type { Instant } from '@parcel-claims/core';
import type { EventStore, ProjectionSink } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import {
  carrierLossStatistics,
  claimsBoard,
  countClaimsByStatus,
  findClaim,
  listAwaitingPayout,
  listCarrierLossStatistics,
  listClaims,
  listOutstandingDocuments,
  listSellerStatistics,
  outstandingDocuments,
  payoutSla,
  payoutSlaWatch,
  sellerStatistics,
  statisticsOfCarrier,
  statisticsOfSeller,
} from '../../src/index.js';
import {
  sqlCarrierLossStatistics,
  sqlClaimSink,
  sqlClaimsBoard,
  sqlOutstandingDocuments,
  sqlPayoutSlaWatch,
  sqlSellerStatistics,
} from '../../src/sql.js';
import { project } from './project.js';

/** The five SQL read models in one schema, each with its sink. */
export const sqlModels = (executor: SqlExecutor, schema: string) => {
  const board = sqlClaimsBoard({ schema });
  const documents = sqlOutstandingDocuments({ schema });
  const payout = sqlPayoutSlaWatch({ schema });
  const sellers = sqlSellerStatistics({ schema });
  const carriers = sqlCarrierLossStatistics({ schema });
  const models = [
    ['claims-board', board],
    ['outstanding-documents', documents],
    ['payout-sla-watch', payout],
    ['seller-statistics', sellers],
    ['carrier-loss-statistics', carriers],
  ] as const;
  return {
    board,
    documents,
    payout,
    sellers,
    carriers,
    createTables: async () => {
      for (const [, model] of models) await model.createTables(executor);
    },
    sinks: (): readonly (readonly [string, ProjectionSink])[] =>
      models.map(([name, model]) => [name, sqlClaimSink({ executor, model, name })] as const),
  };
};

/** Questions asked of both versions of each read model. */
export interface Questions {
  readonly asOf: Instant;
  readonly sellerId: string;
  readonly carrierId: string;
  readonly parcelId: string;
  readonly claimId: string;
}

/** Every query of every SQL read model, answered from the tables. */
export const sqlAnswers = async (
  executor: SqlExecutor,
  models: ReturnType<typeof sqlModels>,
  questions: Questions,
) => ({
  claims: await models.board.listClaims(executor),
  claimsOfSeller: await models.board.listClaims(executor, {
    sellerId: questions.sellerId,
    claimType: 'loss',
  }),
  paidClaims: await models.board.listClaims(executor, { status: 'paid' }),
  claim: await models.board.findClaim(executor, questions.parcelId, questions.claimId),
  counts: await models.board.countClaimsByStatus(executor),
  documents: await models.documents.listOutstandingDocuments(executor, { asOf: questions.asOf }),
  overdueSellerDocuments: await models.documents.listOutstandingDocuments(executor, {
    asOf: questions.asOf,
    owedBy: 'seller',
    overdueOnly: true,
  }),
  documentsOfCarrier: await models.documents.listOutstandingDocuments(executor, {
    asOf: questions.asOf,
    party: questions.carrierId,
    parcelId: questions.parcelId,
  }),
  awaitingPayout: await models.payout.listAwaitingPayout(executor, { asOf: questions.asOf }),
  overduePayouts: await models.payout.listAwaitingPayout(executor, {
    asOf: questions.asOf,
    overdueOnly: true,
  }),
  sla: await models.payout.payoutSla(executor),
  sellers: await models.sellers.listSellerStatistics(executor),
  seller: await models.sellers.statisticsOfSeller(executor, questions.sellerId),
  carriers: await models.carriers.listCarrierLossStatistics(executor),
  carrier: await models.carriers.statisticsOfCarrier(executor, questions.carrierId),
});

/** The same queries of the pure read models, built in memory from the store. */
export const pureAnswers = async (store: EventStore, questions: Questions) => {
  const board = await project(store, claimsBoard);
  const documents = await project(store, outstandingDocuments);
  const payout = await project(store, payoutSlaWatch);
  const sellers = await project(store, sellerStatistics);
  const carriers = await project(store, carrierLossStatistics);
  return {
    claims: listClaims(board),
    claimsOfSeller: listClaims(board, { sellerId: questions.sellerId, claimType: 'loss' }),
    paidClaims: listClaims(board, { status: 'paid' }),
    claim: findClaim(board, questions.parcelId, questions.claimId),
    counts: countClaimsByStatus(board),
    documents: listOutstandingDocuments(documents, { asOf: questions.asOf }),
    overdueSellerDocuments: listOutstandingDocuments(documents, {
      asOf: questions.asOf,
      owedBy: 'seller',
      overdueOnly: true,
    }),
    documentsOfCarrier: listOutstandingDocuments(documents, {
      asOf: questions.asOf,
      party: questions.carrierId,
      parcelId: questions.parcelId,
    }),
    awaitingPayout: listAwaitingPayout(payout, { asOf: questions.asOf }),
    overduePayouts: listAwaitingPayout(payout, { asOf: questions.asOf, overdueOnly: true }),
    sla: payoutSla(payout),
    sellers: listSellerStatistics(sellers),
    seller: statisticsOfSeller(sellers, questions.sellerId),
    carriers: listCarrierLossStatistics(carriers),
    carrier: statisticsOfCarrier(carriers, questions.carrierId),
  };
};
