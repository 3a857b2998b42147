export type { BoardEntry, BoardRow } from './board/board-entry.js';
export {
  type ClaimFilter,
  claimStatuses,
  countClaimsByStatus,
  findClaim,
  listClaims,
} from './board/board-queries.js';
export { type ClaimsBoard, claimsBoard } from './board/claims-board.js';
export { bordereauCsv } from './bordereau/bordereau-csv.js';
export {
  type BordereauLine,
  type BordereauMonth,
  type BordereauTotal,
  bordereauLines,
  bordereauTotals,
} from './bordereau/bordereau-query.js';
export type { BordereauRow } from './bordereau/bordereau-row.js';
export { type ClaimsBordereau, claimsBordereau } from './bordereau/claims-bordereau.js';
export {
  type CarrierLossStatisticsModel,
  carrierLossStatistics,
} from './carriers/carrier-loss-statistics.js';
export {
  type CarrierLossStatistics,
  listCarrierLossStatistics,
  statisticsOfCarrier,
} from './carriers/carrier-loss-statistics-queries.js';
export type { CarrierClaimRow } from './carriers/carrier-row.js';
export type { ClaimDocumentsRow, DocumentSlotRow } from './documents/document-rows.js';
export type { OutstandingDocument, OutstandingDocumentsQuery } from './documents/outstanding-document.js';
export { type OutstandingDocuments, outstandingDocuments } from './documents/outstanding-documents.js';
export { listOutstandingDocuments } from './documents/outstanding-documents-queries.js';
export {
  type AwaitingPayout,
  type AwaitingPayoutQuery,
  listAwaitingPayout,
  type PayoutSla,
  payoutSla,
} from './payout/payout-queries.js';
export type { PayoutAcceptance, PayoutRow } from './payout/payout-row.js';
export { type PayoutSlaWatch, payoutSlaWatch } from './payout/payout-sla-watch.js';
export { claimKey } from './per-claim/claim-key.js';
export type { ClaimStepEvent, ShipmentEvent } from './per-claim/claim-step-event.js';
export type { ParcelFacts } from './per-claim/parcel-facts.js';
export { type PerClaim, type PerClaimRules, perClaimReadModel } from './per-claim/per-claim-read-model.js';
export { UnexpectedClaimEvent } from './per-claim/unexpected-claim-event.js';
export type { ClaimEventRecord } from './record/claim-event-record.js';
export { claimProjection } from './record/claim-projection.js';
export type { ClaimReadModel } from './record/claim-read-model.js';
export {
  type ClaimEventDecoder,
  decodeClaimRecord,
  upcastingClaimDecoder,
} from './record/decode-claim-record.js';
export { UndecodableClaimEvent } from './record/undecodable-claim-event.js';
export type { SellerClaimRow } from './sellers/seller-row.js';
export { type SellerStatisticsModel, sellerStatistics } from './sellers/seller-statistics.js';
export {
  listSellerStatistics,
  type SellerStatistics,
  statisticsOfSeller,
} from './sellers/seller-statistics-queries.js';
export { median } from './statistics/median.js';
export { type MoneyTotal, totalsByCurrency } from './statistics/money-total.js';
