import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';

type Role = 'seller' | 'forwarder' | 'carrier' | 'insurer' | 'system';

const amount = (currency: string) => (minorUnits: number) => ({ minorUnits, currency });
const cny = amount('CNY');
const sha256 = (n: number) => `sha256:${n.toString(16).padStart(64, 'a')}`;

/** One command of a scenario, on one parcel, by one role. */
export interface Step {
  readonly parcelId: string;
  readonly at: string;
  readonly role: Role;
  readonly type: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** A parcel booked, insured and handed to `carrierId` on `day` of January 2026, its values in `currency`. */
export const shipped = (
  parcelId: string,
  sellerId: string,
  carrierId: string,
  day: number,
  currency = 'CNY',
): readonly Step[] => {
  const value = amount(currency);
  const on = (hour: number) =>
    `2026-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  return [
    {
      parcelId,
      at: on(1),
      role: 'seller',
      type: 'BookParcel',
      fields: {
        sellerId,
        forwarderId: 'takesendship',
        origin: 'CN',
        destination: 'DE',
        contents: 'Camera',
        goodsValue: value(1_280_000),
        valueBasis: 'invoice',
        customsValue: value(1_280_000),
        carriageValue: null,
        shippingCost: value(18_000),
        pieces: [{ pieceId: 'P1', description: 'Camera', goodsValue: value(1_280_000), weightGrams: 1200 }],
      },
    },
    {
      parcelId,
      at: on(2),
      role: 'seller',
      type: 'PurchaseInsurance',
      fields: {
        insurerId: 'pacific-insurance',
        policy: { id: 'parcel-standard', version: 1 },
        insuredValue: value(1_000_000),
        valueBasis: 'invoice',
        coversShippingCost: false,
        premium: value(10_000),
        payerCalendar: 'cn-mainland',
        rates: [],
      },
    },
    { parcelId, at: on(3), role: 'forwarder', type: 'RecordPickup' },
    { parcelId, at: on(4), role: 'forwarder', type: 'RecordHubArrival', fields: { hubId: 'szx' } },
    {
      parcelId,
      at: on(5),
      role: 'forwarder',
      type: 'ShipParcel',
      fields: { hubId: 'szx', cargoReference: 'MAWB 1' },
    },
    {
      parcelId,
      at: on(6),
      role: 'forwarder',
      type: 'HandOverToCarrier',
      fields: {
        carrierId,
        trackingNumber: 'TN1',
        boxes: [{ pieceId: 'P1', airBoxNumber: 'AB1', customsBoxNumber: 'CB1' }],
      },
    },
  ];
};

const attach = (parcelId: string, at: string, role: Role, documentType: string, n: number): Step => ({
  parcelId,
  at,
  role,
  type: 'AttachDocument',
  fields: { claimId: 'C1', documentType, reference: `dossier/${documentType}.pdf`, contentHash: sha256(n) },
});

/** A loss claim C1 opened on `day` of January 2026, every document attached, the loss confirmed and submitted. */
export const fullLossDossier = (parcelId: string, carrierId: string, day: number): readonly Step[] => {
  const on = (hour: number) =>
    `2026-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  return [
    {
      parcelId,
      at: on(1),
      role: 'seller',
      type: 'OpenInquiry',
      fields: { claimId: 'C1', claimType: 'loss', pieceIds: null },
    },
    attach(parcelId, on(2), 'forwarder', 'outbound-record', 1),
    attach(parcelId, on(3), 'forwarder', 'proof-of-handover', 2),
    attach(parcelId, on(4), 'seller', 'proof-of-value', 3),
    attach(parcelId, on(5), 'seller', 'buyer-dispute-evidence', 4),
    {
      parcelId,
      at: on(6),
      role: 'forwarder',
      type: 'ConfirmLoss',
      fields: { claimId: 'C1', carrierId, reference: 'dossier/loss.pdf', contentHash: sha256(5) },
    },
    { parcelId, at: on(7), role: 'forwarder', type: 'SubmitClaim', fields: { claimId: 'C1' } },
  ];
};

/**
 * Four parcels, their steps interleaved in time:
 * - PA (seller-a, sky-cargo): loss claim accepted on Friday 13 Feb 2026 and paid on 24 Feb;
 * - PB (seller-b, sky-cargo): loss inquiry with proof of value rejected, other documents missing;
 * - PC (seller-a, sea-freight): loss claim accepted on 2 Feb 2026, still unpaid;
 * - PD (seller-b, sky-cargo): delivered, damage claim lapsed with every document missing.
 */
export const scenario: readonly Step[] = [
  ...shipped('PA', 'seller-a', 'sky-cargo', 5),
  ...shipped('PB', 'seller-b', 'sky-cargo', 6),
  ...shipped('PC', 'seller-a', 'sea-freight', 7),
  ...shipped('PD', 'seller-b', 'sky-cargo', 8),
  {
    parcelId: 'PD',
    at: '2026-01-12T08:00:00.000Z',
    role: 'carrier',
    type: 'RecordDelivery',
    fields: { pieceIds: ['P1'] },
  },
  {
    parcelId: 'PD',
    at: '2026-01-13T08:00:00.000Z',
    role: 'seller',
    type: 'OpenInquiry',
    fields: { claimId: 'C1', claimType: 'damage', pieceIds: null },
  },
  ...fullLossDossier('PA', 'sky-cargo', 20),
  ...fullLossDossier('PC', 'sea-freight', 22),
  {
    parcelId: 'PB',
    at: '2026-01-23T01:00:00.000Z',
    role: 'seller',
    type: 'OpenInquiry',
    fields: { claimId: 'C1', claimType: 'loss', pieceIds: null },
  },
  attach('PB', '2026-01-23T02:00:00.000Z', 'seller', 'proof-of-value', 6),
  {
    parcelId: 'PB',
    at: '2026-01-24T02:00:00.000Z',
    role: 'insurer',
    type: 'RejectDocument',
    fields: { claimId: 'C1', documentType: 'proof-of-value', reason: 'Illegible invoice' },
  },
  {
    parcelId: 'PC',
    at: '2026-02-02T02:00:00.000Z',
    role: 'insurer',
    type: 'AcceptClaim',
    fields: {
      claimId: 'C1',
      provenValue: cny(900_000),
      approvedAmount: cny(900_000),
      carrierSettlement: null,
      salvageValue: null,
      rates: [],
      partialReason: null,
      payee: { role: 'forwarder', partyId: 'takesendship' },
      method: 'bank-transfer',
    },
  },
  {
    parcelId: 'PA',
    at: '2026-02-13T02:00:00.000Z',
    role: 'insurer',
    type: 'AcceptClaim',
    fields: {
      claimId: 'C1',
      provenValue: cny(1_000_000),
      approvedAmount: cny(1_000_000),
      carrierSettlement: null,
      salvageValue: null,
      rates: [],
      partialReason: null,
      payee: { role: 'forwarder', partyId: 'takesendship' },
      method: 'bank-transfer',
    },
  },
  { parcelId: 'PD', at: '2026-02-20T08:00:00.000Z', role: 'system', type: 'CheckDeadlines' },
  {
    parcelId: 'PA',
    at: '2026-02-24T06:00:00.000Z',
    role: 'insurer',
    type: 'PayClaim',
    fields: {
      claimId: 'C1',
      amount: cny(1_000_000),
      paymentReference: 'PAY-1',
      payee: { role: 'forwarder', partyId: 'takesendship' },
      method: 'bank-transfer',
    },
  },
];

const actorIds: Readonly<Record<Role, string>> = {
  seller: 'seller-a',
  forwarder: 'takesendship',
  carrier: 'sky-cargo',
  insurer: 'pacific-insurance',
  system: 'scheduler',
};

/** Who sends a step: the parcel's own seller or carrier, as the steps name them; the others are shared. */
const actorOf = (step: Step, steps: readonly Step[]): string => {
  const field = step.role === 'seller' ? 'sellerId' : step.role === 'carrier' ? 'carrierId' : null;
  if (field === null) return actorIds[step.role];
  const named = steps.find((s) => s.parcelId === step.parcelId && s.fields?.[field] !== undefined)?.fields?.[
    field
  ];
  return typeof named === 'string' ? named : actorIds[step.role];
};

/** A store holding `steps` (the scenario unless told), written through the claims service; fails on any refused step. */
export const scenarioStore = async (steps: readonly Step[] = scenario): Promise<EventStore> => {
  const store = inMemoryEventStore();
  const service = createClaimsService({ store, clock: () => '2026-03-01T00:00:00.000Z' });
  let n = 0;
  for (const step of steps) {
    n += 1;
    const result = await service.execute({
      type: step.type,
      data: {
        commandId: `7f1d0c3e-0000-4000-8000-${String(n).padStart(12, '0')}`,
        now: step.at,
        actor: { role: step.role, id: actorOf(step, steps) },
        parcelId: step.parcelId,
        ...step.fields,
      },
    });
    if (result.kind !== 'accepted')
      throw new Error(`step ${n} ${step.type} of ${step.parcelId}: ${JSON.stringify(result)}`);
  }
  return store;
};
