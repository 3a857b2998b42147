import * as t from 'io-ts';

/**
 * The documents of a claim dossier. The first five are the founding story's; damage claims add
 * photos and a repair estimate (or salvage value); a partial loss adds the packing list (the
 * pieces shipped); missing contents add photos of the packaging and the weight recorded at
 * delivery; a theft after delivery adds the carrier's proof of delivery, the buyer's statement
 * that nothing arrived and, above the policy's threshold, a police report.
 */
export const DocumentType = t.keyof({
  'outbound-record': null,
  'proof-of-value': null,
  'proof-of-handover': null,
  'buyer-dispute-evidence': null,
  'loss-confirmation': null,
  'damage-photos': null,
  'repair-estimate': null,
  'packing-list': null,
  'packaging-photos': null,
  'delivery-weight-record': null,
  'proof-of-delivery': null,
  'non-receipt-statement': null,
  'police-report': null,
});
export type DocumentType = t.TypeOf<typeof DocumentType>;

/**
 * Documents attached with AttachDocument. The carrier's loss confirmation arrives only through
 * ConfirmLoss, so it is not among them.
 */
export const AttachableDocumentType = t.keyof({
  'outbound-record': null,
  'proof-of-value': null,
  'proof-of-handover': null,
  'buyer-dispute-evidence': null,
  'damage-photos': null,
  'repair-estimate': null,
  'packing-list': null,
  'packaging-photos': null,
  'delivery-weight-record': null,
  'proof-of-delivery': null,
  'non-receipt-statement': null,
  'police-report': null,
});
export type AttachableDocumentType = t.TypeOf<typeof AttachableDocumentType>;

/** The party that owes a document. */
export const DocumentOwner = t.keyof({ seller: null, forwarder: null, carrier: null });
export type DocumentOwner = t.TypeOf<typeof DocumentOwner>;
