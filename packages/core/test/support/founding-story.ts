import { cmd } from './builders.js';

/**
 * The founding story on one timeline (Asia/Shanghai is UTC+8): booked and insured on Monday
 * 5 January 2026, out of the hub that night, no tracking movement, an inquiry two weeks later,
 * five documents, accepted on Friday 13 February just before the Spring Festival, paid on 24 February.
 */
export const t = {
  booked: '2026-01-05T02:00:00.000Z',
  insured: '2026-01-05T02:05:00.000Z',
  pickedUp: '2026-01-05T06:00:00.000Z',
  atHub: '2026-01-05T09:00:00.000Z',
  shipped: '2026-01-05T14:00:00.000Z',
  handedOver: '2026-01-06T03:00:00.000Z',
  scanned: '2026-01-06T20:00:00.000Z',
  scanRecorded: '2026-01-07T01:00:00.000Z',
  inquiry: '2026-01-20T02:00:00.000Z',
  outboundRecord: '2026-01-20T03:00:00.000Z',
  handoverProof: '2026-01-20T03:10:00.000Z',
  valueProof: '2026-01-20T05:00:00.000Z',
  disputeEvidence: '2026-01-21T02:00:00.000Z',
  lossConfirmed: '2026-02-09T02:00:00.000Z',
  submitted: '2026-02-09T03:00:00.000Z',
  accepted: '2026-02-13T02:00:00.000Z',
  paid: '2026-02-24T06:00:00.000Z',
} as const;

/** The shipment up to the carrier's last scan: insured, dispatched, handed over. */
export const shipment = [
  cmd.bookParcel(1, t.booked),
  cmd.purchaseInsurance(2, t.insured),
  cmd.recordPickup(3, t.pickedUp),
  cmd.recordHubArrival(4, t.atHub),
  cmd.shipParcel(5, t.shipped),
  cmd.handOverToCarrier(6, t.handedOver),
  cmd.recordTrackingUpdate(7, t.scanRecorded, t.scanned),
];

/** The loss inquiry with its complete dossier. */
export const dossier = [
  cmd.openInquiry(8, t.inquiry),
  cmd.attachDocument(9, t.outboundRecord, 'outbound-record'),
  cmd.attachDocument(10, t.handoverProof, 'proof-of-handover'),
  cmd.attachDocument(11, t.valueProof, 'proof-of-value', { as: 'seller' }),
  cmd.attachDocument(12, t.disputeEvidence, 'buyer-dispute-evidence', { as: 'seller' }),
  cmd.confirmLoss(13, t.lossConfirmed),
];

export const decision = [cmd.submitClaim(14, t.submitted), cmd.acceptClaim(15, t.accepted)];

export const payment = [cmd.payClaim(16, t.paid)];

export const foundingStory = [...shipment, ...dossier, ...decision, ...payment];
