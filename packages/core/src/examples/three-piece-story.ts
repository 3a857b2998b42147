// A three-piece parcel of which one piece is lost, as the commands a caller sends, in order: the
// carrier delivers two pieces, the seller claims the third as a partial loss, and the insurer pays
// that piece's insured share of the sum insured. Plain JSON, decoded at an edge like any input.

import { type CommandJson, cny, storySteps } from './story-steps.js';

/** The parcel of the story: a camera kit in three pieces, from Shenzhen to France. */
export const threePieceStoryParcelId = 'TSS-2026-000107';
const claimId = 'TSS-CLAIM-0107';

const actors = {
  seller: { role: 'seller', id: 'seller-a' },
  forwarder: { role: 'forwarder', id: 'takesendship' },
  carrier: { role: 'carrier', id: 'sky-cargo' },
  insurer: { role: 'insurer', id: 'pacific-insurance' },
} as const;

const { step, document, sha256 } = storySteps({
  parcelId: threePieceStoryParcelId,
  claimId,
  actors,
  commandIdOffset: 100,
  hashFill: 'b',
});

/**
 * The story, in order; times are UTC, Shenzhen is UTC+8. Goods CNY 10,000.00 in three pieces
 * (6,000.00, 3,000.00 and 1,000.00), insured for CNY 8,999.99: allocated by goods value with the
 * largest remainder, the pieces' shares are 5,399.99, 2,700.00 and 900.00. Piece P3, the flash unit,
 * never arrives; its proven loss is its goods value, 1,000.00, and the claim is paid its share, 900.00.
 */
export const threePieceStory: readonly CommandJson[] = [
  step(1, '2026-03-02T02:00:00.000Z', 'seller', 'BookParcel', {
    sellerId: 'seller-a',
    forwarderId: 'takesendship',
    origin: 'CN',
    destination: 'FR',
    contents: 'Camera kit in three boxes',
    goodsValue: cny(1_000_000),
    valueBasis: 'invoice',
    customsValue: cny(1_000_000),
    carriageValue: null,
    shippingCost: cny(15_000),
    pieces: [
      { pieceId: 'P1', description: 'Camera body', goodsValue: cny(600_000), weightGrams: 800 },
      { pieceId: 'P2', description: 'Zoom lens', goodsValue: cny(300_000), weightGrams: 600 },
      { pieceId: 'P3', description: 'Flash unit', goodsValue: cny(100_000), weightGrams: 300 },
    ],
  }),
  step(2, '2026-03-02T02:05:00.000Z', 'seller', 'PurchaseInsurance', {
    insurerId: 'pacific-insurance',
    policy: { id: 'parcel-standard', version: 1 },
    insuredValue: cny(899_999),
    valueBasis: 'invoice',
    coversShippingCost: false,
    premium: cny(9_000),
    payerCalendar: 'cn-mainland',
    rates: [],
  }),
  step(3, '2026-03-02T07:30:00.000Z', 'forwarder', 'RecordPickup'),
  step(4, '2026-03-02T10:15:00.000Z', 'forwarder', 'RecordHubArrival', { hubId: 'szx-processing-centre' }),
  step(5, '2026-03-02T14:40:00.000Z', 'forwarder', 'ShipParcel', {
    hubId: 'szx-processing-centre',
    cargoReference: 'MAWB 784-2222 0107',
  }),
  step(6, '2026-03-03T03:20:00.000Z', 'forwarder', 'HandOverToCarrier', {
    carrierId: 'sky-cargo',
    trackingNumber: 'SC784200107CN',
    boxes: [
      { pieceId: 'P1', airBoxNumber: 'AIRBOX-7101', customsBoxNumber: 'CUSTOMS-1071' },
      { pieceId: 'P2', airBoxNumber: 'AIRBOX-7102', customsBoxNumber: 'CUSTOMS-1072' },
      { pieceId: 'P3', airBoxNumber: 'AIRBOX-7103', customsBoxNumber: 'CUSTOMS-1073' },
    ],
  }),
  step(7, '2026-03-10T09:00:00.000Z', 'carrier', 'RecordDelivery', { pieceIds: ['P1', 'P2'] }),
  step(8, '2026-03-11T02:00:00.000Z', 'seller', 'OpenInquiry', {
    claimId,
    claimType: 'partial-loss',
    pieceIds: ['P3'],
  }),
  step(9, '2026-03-11T03:00:00.000Z', 'forwarder', 'AttachDocument', document('outbound-record', 9)),
  step(10, '2026-03-11T03:10:00.000Z', 'forwarder', 'AttachDocument', document('proof-of-handover', 10)),
  step(11, '2026-03-11T05:00:00.000Z', 'seller', 'AttachDocument', document('proof-of-value', 11)),
  step(12, '2026-03-11T05:10:00.000Z', 'seller', 'AttachDocument', document('buyer-dispute-evidence', 12)),
  step(13, '2026-03-11T05:20:00.000Z', 'seller', 'AttachDocument', document('packing-list', 13)),
  step(14, '2026-03-16T02:00:00.000Z', 'forwarder', 'ConfirmLoss', {
    claimId,
    carrierId: 'sky-cargo',
    reference: `dossier/${claimId}/loss-confirmation.pdf`,
    contentHash: sha256(14),
  }),
  step(15, '2026-03-16T03:00:00.000Z', 'forwarder', 'SubmitClaim', { claimId }),
  step(16, '2026-03-18T02:00:00.000Z', 'insurer', 'AcceptClaim', {
    claimId,
    provenValue: cny(100_000),
    approvedAmount: cny(90_000),
    carrierSettlement: null,
    salvageValue: null,
    rates: [],
    partialReason: null,
    payee: { role: 'seller', partyId: 'seller-a' },
    method: 'bank-transfer',
  }),
  step(17, '2026-03-20T06:00:00.000Z', 'insurer', 'PayClaim', {
    claimId,
    amount: cny(90_000),
    paymentReference: 'PI-PAYOUT-2026-0320-07',
    payee: { role: 'seller', partyId: 'seller-a' },
    method: 'bank-transfer',
  }),
];
