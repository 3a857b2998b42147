import { type SqlClaimsBoard, sqlClaimsBoard } from '../board/sql-claims-board.js';
import {
  type SqlCarrierLossStatistics,
  sqlCarrierLossStatistics,
} from '../carriers/sql-carrier-loss-statistics.js';
import {
  type SqlOutstandingDocuments,
  sqlOutstandingDocuments,
} from '../documents/sql-outstanding-documents.js';
import { type SqlPayoutSlaWatch, sqlPayoutSlaWatch } from '../payout/sql-payout-sla-watch.js';
import { type SqlSellerStatistics, sqlSellerStatistics } from '../sellers/sql-seller-statistics.js';

/** The five claim read models in SQL, by the name their checkpoints are kept under. */
export interface SqlClaimReadModels {
  readonly 'claims-board': SqlClaimsBoard;
  readonly 'outstanding-documents': SqlOutstandingDocuments;
  readonly 'payout-sla-watch': SqlPayoutSlaWatch;
  readonly 'seller-statistics': SqlSellerStatistics;
  readonly 'carrier-loss-statistics': SqlCarrierLossStatistics;
}

/** Their names, in the order they are listed everywhere. */
export const sqlClaimReadModelNames: readonly (keyof SqlClaimReadModels)[] = [
  'claims-board',
  'outstanding-documents',
  'payout-sla-watch',
  'seller-statistics',
  'carrier-loss-statistics',
];

/**
 * The five claim read models with their tables in one schema (default `parcel_claims`).
 *
 * @example
 * const models = sqlClaimReadModels({ schema: 'claims' });
 * await models['claims-board'].createTables(executor);
 */
export const sqlClaimReadModels = (options: { readonly schema?: string } = {}): SqlClaimReadModels => ({
  'claims-board': sqlClaimsBoard(options),
  'outstanding-documents': sqlOutstandingDocuments(options),
  'payout-sla-watch': sqlPayoutSlaWatch(options),
  'seller-statistics': sqlSellerStatistics(options),
  'carrier-loss-statistics': sqlCarrierLossStatistics(options),
});
