/** Plain JSON command data for one parcel, as an HTTP client would send it. */
export const parcelId = 'TSS-2026-000777';
export const claimId = 'claim-777';

const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' }) as const;
const envelope = (
  n: number,
  now: string,
  role: 'seller' | 'forwarder' | 'carrier' | 'insurer' | 'system',
) => ({
  commandId: id(n),
  now,
  actor: { role, id: `${role}-1` },
  parcelId,
});
type Attachable = 'outbound-record' | 'proof-of-handover' | 'proof-of-value' | 'buyer-dispute-evidence';

const document = (n: number, now: string, documentType: Attachable, role: 'seller' | 'forwarder') => ({
  ...envelope(n, now, role),
  claimId,
  documentType,
  reference: `docs/${documentType}.pdf`,
  contentHash: `sha256:${String(n).padStart(64, '0')}`,
});

export const input = {
  bookParcel: {
    ...envelope(1, '2026-01-05T02:00:00.000Z', 'seller'),
    sellerId: 'seller-1',
    forwarderId: 'forwarder-1',
    origin: 'CN',
    destination: 'FR',
    contents: 'Handmade ceramics',
    goodsValue: cny(500000),
    valueBasis: 'sales-price',
    customsValue: cny(500000),
    carriageValue: null,
    shippingCost: cny(25000),
    pieces: [{ pieceId: 'P1', description: 'Handmade ceramics', goodsValue: cny(500000), weightGrams: 3100 }],
  },
  purchaseInsurance: {
    ...envelope(2, '2026-01-05T02:01:00.000Z', 'seller'),
    insurerId: 'insurer-1',
    policy: { id: 'parcel-standard', version: 1 },
    insuredValue: cny(500000),
    valueBasis: 'sales-price',
    coversShippingCost: false,
    premium: cny(5000),
    payerCalendar: 'cn-mainland',
    rates: [],
  },
  recordHubArrival: { ...envelope(3, '2026-01-05T09:00:00.000Z', 'forwarder'), hubId: 'szx-hub' },
  shipParcel: {
    ...envelope(4, '2026-01-05T14:00:00.000Z', 'forwarder'),
    hubId: 'szx-hub',
    cargoReference: 'MAWB 1',
  },
  handOverToCarrier: {
    ...envelope(14, '2026-01-05T14:00:00.000Z', 'forwarder'),
    carrierId: 'carrier-1',
    trackingNumber: 'SC777000777CN',
    boxes: [{ pieceId: 'P1', airBoxNumber: 'AIRBOX-777', customsBoxNumber: 'CUSTOMS-777' }],
  },
  openInquiry: {
    ...envelope(5, '2026-01-20T02:00:00.000Z', 'seller'),
    claimId,
    claimType: 'loss',
    pieceIds: null,
  },
  outboundRecord: document(6, '2026-01-20T03:00:00.000Z', 'outbound-record', 'forwarder'),
  proofOfHandover: document(7, '2026-01-20T03:00:00.000Z', 'proof-of-handover', 'forwarder'),
  proofOfValue: document(8, '2026-01-21T03:00:00.000Z', 'proof-of-value', 'seller'),
  disputeEvidence: document(9, '2026-01-21T04:00:00.000Z', 'buyer-dispute-evidence', 'seller'),
  confirmLoss: {
    ...envelope(10, '2026-02-02T02:00:00.000Z', 'forwarder'),
    claimId,
    carrierId: 'carrier-1',
    reference: 'docs/loss.pdf',
    contentHash: `sha256:${'a'.repeat(64)}`,
  },
  submitClaim: { ...envelope(11, '2026-02-02T03:00:00.000Z', 'forwarder'), claimId },
  acceptClaim: {
    ...envelope(12, '2026-02-04T02:00:00.000Z', 'insurer'),
    claimId,
    provenValue: cny(480000),
    approvedAmount: cny(480000),
    carrierSettlement: null,
    salvageValue: null,
    rates: [],
    partialReason: null,
    payee: { role: 'seller', partyId: 'seller-1' },
    method: 'bank-transfer',
  },
  payClaim: {
    ...envelope(13, '2026-02-05T02:00:00.000Z', 'insurer'),
    claimId,
    amount: cny(480000),
    paymentReference: 'PAY-777',
    payee: { role: 'seller', partyId: 'seller-1' },
    method: 'bank-transfer',
  },
} as const;
