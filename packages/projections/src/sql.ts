export { type SqlClaimsBoard, sqlClaimsBoard } from './board/sql-claims-board.js';
export {
  type SqlCarrierLossStatistics,
  sqlCarrierLossStatistics,
} from './carriers/sql-carrier-loss-statistics.js';
export {
  type SqlOutstandingDocuments,
  sqlOutstandingDocuments,
} from './documents/sql-outstanding-documents.js';
export { type SqlPayoutSlaWatch, sqlPayoutSlaWatch } from './payout/sql-payout-sla-watch.js';
export { type SqlSellerStatistics, sqlSellerStatistics } from './sellers/sql-seller-statistics.js';
export type { NamedSqlClaimReadModel } from './sql/claim-batch-writer.js';
export type { SqlClaimReadModel } from './sql/sql-claim-read-model.js';
export {
  type SqlClaimReadModels,
  sqlClaimReadModelNames,
  sqlClaimReadModels,
} from './sql/sql-claim-read-models.js';
export {
  type SqlClaimReadModelsSinkOptions,
  sqlClaimReadModelsSink,
} from './sql/sql-claim-read-models-sink.js';
export {
  type SqlClaimReadModelsWriter,
  sqlClaimReadModelsWriter,
} from './sql/sql-claim-read-models-writer.js';
export { type SqlClaimSinkOptions, sqlClaimSink } from './sql/sql-claim-sink.js';
export { UnexpectedReadModelRow } from './sql/unexpected-read-model-row.js';
