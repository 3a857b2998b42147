import type { ClaimType, CommandType, Currency, DocumentOwner, DocumentType, Role } from './vocabulary.js';

/**
 * The policy as the model states it: the `parcel-standard` v1 defaults of the claims domain
 * reference, written out by hand. The model never reads the core's policy or rule tables, so a
 * changed default in the core is a disagreement, not a silent change of the oracle.
 */
export const period = {
  inquiryWaitingDays: 14,
  noMovementDays: 7,
  filingDeadlineDays: 120,
  damageNoticeDays: 14,
  sellerGraceDays: 30,
  carrierGraceDays: 60,
  extensionLimitDays: 120,
  resubmissionGraceDays: 14,
  /** Calendar days either side of the day a rate is taken at (the day of purchase, or of loss). */
  exchangeRateToleranceDays: 3,
  /** Working days; the model does not count them, it only bounds the stored due date (see stored-deadlines.ts). */
  decisionWorkingDays: 10,
  payoutWorkingDays: 3,
} as const;

/** Who may issue what: the seller's steps may also be taken by the forwarder that assembles the dossier. */
export const permitted: { readonly [C in CommandType]: readonly Role[] } = {
  BookParcel: ['seller', 'forwarder'],
  PurchaseInsurance: ['seller', 'forwarder'],
  RecordPickup: ['forwarder'],
  RecordHubArrival: ['forwarder'],
  ShipParcel: ['forwarder'],
  HandOverToCarrier: ['forwarder'],
  RecordTrackingUpdate: ['forwarder', 'carrier'],
  RecordDelivery: ['forwarder', 'carrier'],
  OpenInquiry: ['seller', 'forwarder'],
  AttachDocument: ['seller', 'forwarder', 'carrier'],
  RejectDocument: ['insurer'],
  ExtendDocumentDeadline: ['insurer'],
  ConfirmLoss: ['carrier', 'forwarder'],
  SubmitClaim: ['seller', 'forwarder'],
  AcceptClaim: ['insurer'],
  RejectClaim: ['insurer'],
  PayClaim: ['insurer'],
  WithdrawClaim: ['seller', 'forwarder'],
  CheckDeadlines: ['system', 'insurer', 'forwarder'],
  GrantDelegation: ['seller', 'forwarder', 'carrier', 'insurer'],
  RevokeDelegation: ['seller', 'forwarder', 'carrier', 'insurer'],
};

/** The role that usually issues each command, used when a generated command asks for the usual one. */
export const usualRole: { readonly [C in CommandType]: Role } = {
  BookParcel: 'seller',
  PurchaseInsurance: 'seller',
  RecordPickup: 'forwarder',
  RecordHubArrival: 'forwarder',
  ShipParcel: 'forwarder',
  HandOverToCarrier: 'forwarder',
  RecordTrackingUpdate: 'carrier',
  RecordDelivery: 'carrier',
  OpenInquiry: 'seller',
  AttachDocument: 'forwarder',
  RejectDocument: 'insurer',
  ExtendDocumentDeadline: 'insurer',
  ConfirmLoss: 'carrier',
  SubmitClaim: 'forwarder',
  AcceptClaim: 'insurer',
  RejectClaim: 'insurer',
  PayClaim: 'insurer',
  WithdrawClaim: 'seller',
  CheckDeadlines: 'system',
  GrantDelegation: 'seller',
  RevokeDelegation: 'seller',
};

/** A document a claim type needs, and the party that owes it. */
export interface Requirement {
  readonly documentType: DocumentType;
  readonly owedBy: DocumentOwner;
}

/**
 * The documents of each claim type and who owes them (claims-domain.md, documents 1–5; a partial
 * loss adds the seller's packing list).
 */
export const dossier: { readonly [T in ClaimType]: readonly Requirement[] } = {
  loss: [
    { documentType: 'outbound-record', owedBy: 'forwarder' },
    { documentType: 'proof-of-value', owedBy: 'seller' },
    { documentType: 'proof-of-handover', owedBy: 'forwarder' },
    { documentType: 'buyer-dispute-evidence', owedBy: 'seller' },
    { documentType: 'loss-confirmation', owedBy: 'carrier' },
  ],
  damage: [
    { documentType: 'outbound-record', owedBy: 'forwarder' },
    { documentType: 'proof-of-value', owedBy: 'seller' },
    { documentType: 'proof-of-handover', owedBy: 'forwarder' },
    { documentType: 'damage-photos', owedBy: 'seller' },
    { documentType: 'repair-estimate', owedBy: 'seller' },
  ],
  'partial-loss': [
    { documentType: 'outbound-record', owedBy: 'forwarder' },
    { documentType: 'proof-of-value', owedBy: 'seller' },
    { documentType: 'proof-of-handover', owedBy: 'forwarder' },
    { documentType: 'buyer-dispute-evidence', owedBy: 'seller' },
    { documentType: 'loss-confirmation', owedBy: 'carrier' },
    { documentType: 'packing-list', owedBy: 'seller' },
  ],
};

/** A document may come from the party that owes it, or from the forwarder; forwarder documents only from it. */
export const mayProvide = (owedBy: DocumentOwner, role: Role): boolean =>
  role === owedBy || role === 'forwarder';

/** Calendar days from the inquiry a document is due in: 30 for the seller, 60 for forwarder and carrier. */
export const graceDays = (owedBy: DocumentOwner): number =>
  owedBy === 'seller' ? period.sellerGraceDays : period.carrierGraceDays;

/** The rates the model's parties quote, in major units of `to` per unit of `from`, as exact decimals. */
export const quotedRate: { readonly [From in Currency]: { readonly [To in Currency]: string } } = {
  CNY: { CNY: '1', EUR: '0.1281' },
  EUR: { CNY: '7.8125', EUR: '1' },
};
