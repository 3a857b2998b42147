/** The parcel of the founding story: a high-value parcel from Shenzhen to Germany. */
export const parcelId = 'TSS-2026-000042';
const claimId = 'TSS-CLAIM-0001';

const actors = {
  seller: { role: 'seller', id: 'seller-a' },
  forwarder: { role: 'forwarder', id: 'takesendship' },
  carrier: { role: 'carrier', id: 'sky-cargo' },
  insurer: { role: 'insurer', id: 'pacific-insurance' },
} as const;

type Role = keyof typeof actors;

const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' });
const sha256 = (n: number) => `sha256:${n.toString(16).padStart(64, 'a')}`;

/** A command as a caller sends it: plain JSON `{ type, data }`, decoded by the service at its edge. */
export interface CommandJson {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** One step of the story. Time and ids come with the command; the core never reads a clock. */
const step = (
  n: number,
  now: string,
  role: Role,
  type: string,
  fields: Record<string, unknown> = {},
): CommandJson => ({
  type,
  data: {
    commandId: `7f1d0c3e-0000-4000-8000-${String(n).padStart(12, '0')}`,
    now,
    actor: actors[role],
    parcelId,
    ...fields,
  },
});

const document = (documentType: string, n: number) => ({
  claimId,
  documentType,
  reference: `dossier/${claimId}/${documentType}.pdf`,
  contentHash: sha256(n),
});

/** The founding story, in order. Times are UTC; Shenzhen is UTC+8. */
export const foundingStory: readonly CommandJson[] = [
  step(1, '2026-01-05T02:00:00.000Z', 'seller', 'BookParcel', {
    sellerId: 'seller-a',
    forwarderId: 'takesendship',
    origin: 'CN',
    destination: 'DE',
    contents: 'Mirrorless camera body',
    weightGrams: 1200,
    declaredValue: cny(1_280_000),
    shippingCost: cny(18_000),
  }),
  step(2, '2026-01-05T02:03:00.000Z', 'seller', 'PurchaseInsurance', {
    insurerId: 'pacific-insurance',
    policy: { id: 'parcel-standard', version: 1 },
    insuredValue: cny(1_280_000),
    valueBasis: 'invoice',
    coversShippingCost: true,
    premium: cny(12_800),
    payerCalendar: 'cn-mainland',
  }),
  step(3, '2026-01-05T07:30:00.000Z', 'forwarder', 'RecordPickup'),
  step(4, '2026-01-05T10:15:00.000Z', 'forwarder', 'RecordHubArrival', { hubId: 'szx-processing-centre' }),
  step(5, '2026-01-05T14:40:00.000Z', 'forwarder', 'ShipParcel', {
    hubId: 'szx-processing-centre',
    cargoReference: 'MAWB 784-1234 5675',
  }),
  step(6, '2026-01-06T03:20:00.000Z', 'forwarder', 'HandOverToCarrier', {
    carrierId: 'sky-cargo',
    trackingNumber: 'SC784123456CN',
    airBoxNumber: 'AIRBOX-5531',
    customsBoxNumber: 'CUSTOMS-0917',
  }),
  step(7, '2026-01-06T09:00:00.000Z', 'carrier', 'RecordTrackingUpdate', {
    scannedAt: '2026-01-06T08:45:00.000Z',
    location: 'Shenzhen Bao an airport',
    description: 'Departed from origin airport',
  }),
  step(8, '2026-01-19T15:00:00.000Z', 'seller', 'OpenInquiry', { claimId, claimType: 'loss' }),
  step(9, '2026-01-20T02:10:00.000Z', 'forwarder', 'AttachDocument', document('outbound-record', 9)),
  step(10, '2026-01-20T02:20:00.000Z', 'forwarder', 'AttachDocument', document('proof-of-handover', 10)),
  step(11, '2026-01-21T06:00:00.000Z', 'seller', 'AttachDocument', document('proof-of-value', 11)),
  step(12, '2026-01-22T03:00:00.000Z', 'insurer', 'RejectDocument', {
    claimId,
    documentType: 'proof-of-value',
    reason: 'The invoice scan is illegible',
  }),
  step(13, '2026-01-23T01:30:00.000Z', 'forwarder', 'AttachDocument', document('proof-of-value', 13)),
  step(14, '2026-01-28T08:00:00.000Z', 'seller', 'AttachDocument', document('buyer-dispute-evidence', 14)),
  step(15, '2026-02-09T02:00:00.000Z', 'forwarder', 'ConfirmLoss', {
    claimId,
    carrierId: 'sky-cargo',
    reference: `dossier/${claimId}/loss-confirmation.pdf`,
    contentHash: sha256(15),
  }),
  step(16, '2026-02-09T03:00:00.000Z', 'forwarder', 'SubmitClaim', { claimId }),
  step(17, '2026-02-13T02:00:00.000Z', 'insurer', 'AcceptClaim', {
    claimId,
    provenValue: cny(1_280_000),
    approvedAmount: cny(1_298_000),
  }),
  step(18, '2026-02-24T06:00:00.000Z', 'insurer', 'PayClaim', {
    claimId,
    amount: cny(1_298_000),
    paymentReference: 'PI-PAYOUT-2026-0213-01',
  }),
];
