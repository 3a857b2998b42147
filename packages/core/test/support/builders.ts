import * as E from 'fp-ts/lib/Either.js';
import {
  type ClaimCommand,
  type ClaimEvent,
  Deadline,
  decodeClaimCommand,
  decodeClaimEvent,
  type PartyRole,
} from '../../src/index.js';

/** Decodes a literal command, so fixtures are checked by the same codec callers go through. */
export const command = (input: unknown): ClaimCommand => {
  const decoded = decodeClaimCommand(input);
  if (E.isLeft(decoded)) throw new Error(decoded.left.message);
  return decoded.right;
};

/** Decodes a literal event. */
export const event = (input: unknown): ClaimEvent => {
  const decoded = decodeClaimEvent(input);
  if (E.isLeft(decoded)) throw new Error(decoded.left.message);
  return decoded.right;
};

export const PARCEL = 'TSS-2026-000042';
export const CLAIM = 'claim-1';
export const parties = {
  seller: 'seller-a',
  forwarder: 'takesendship',
  carrier: 'sky-cargo',
  insurer: 'pacific-insurance',
  system: 'deadline-scheduler',
} as const;

/** A deterministic command id: the nth command of a test. */
export const cid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' }) as const;

export const hash = (n: number): string => `sha256:${String(n).padStart(64, '0')}`;

const envelope = (n: number, now: string, role: PartyRole) => ({
  commandId: cid(n),
  now,
  actor: { role, id: parties[role] },
  parcelId: PARCEL,
});

type Overrides = Record<string, unknown>;
type As = { readonly as?: PartyRole };

/** Command builders: the nth command of a test, decided at `now`, with overridable fields. */
export const cmd = {
  bookParcel: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'BookParcel',
      data: {
        ...envelope(n, now, o.as ?? 'seller'),
        sellerId: parties.seller,
        forwarderId: parties.forwarder,
        origin: 'CN',
        destination: 'DE',
        contents: 'Bluetooth headphones, 2 pcs',
        goodsValue: cny(320000),
        valueBasis: 'invoice',
        customsValue: cny(320000),
        carriageValue: null,
        shippingCost: cny(12000),
        pieces: [
          {
            pieceId: 'P1',
            description: 'Bluetooth headphones, 2 pcs',
            goodsValue: cny(320000),
            weightGrams: 850,
          },
        ],
        ...withoutAs(o),
      },
    }),
  purchaseInsurance: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'PurchaseInsurance',
      data: {
        ...envelope(n, now, o.as ?? 'seller'),
        insurerId: parties.insurer,
        policy: { id: 'parcel-standard', version: 1 },
        insuredValue: cny(300000),
        valueBasis: 'invoice',
        coversShippingCost: false,
        premium: cny(3000),
        payerCalendar: 'cn-mainland',
        rates: [],
        ...withoutAs(o),
      },
    }),
  recordPickup: (n: number, now: string, o: As = {}) =>
    command({ type: 'RecordPickup', data: envelope(n, now, o.as ?? 'forwarder') }),
  recordHubArrival: (n: number, now: string, o: As = {}) =>
    command({
      type: 'RecordHubArrival',
      data: { ...envelope(n, now, o.as ?? 'forwarder'), hubId: 'szx-hub' },
    }),
  shipParcel: (n: number, now: string, o: As = {}) =>
    command({
      type: 'ShipParcel',
      data: {
        ...envelope(n, now, o.as ?? 'forwarder'),
        hubId: 'szx-hub',
        cargoReference: 'MAWB 784-20260105',
      },
    }),
  handOverToCarrier: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'HandOverToCarrier',
      data: {
        ...envelope(n, now, o.as ?? 'forwarder'),
        carrierId: parties.carrier,
        trackingNumber: 'SC123456789CN',
        boxes: [{ pieceId: 'P1', airBoxNumber: 'AB-0042', customsBoxNumber: 'CB-0042' }],
        ...withoutAs(o),
      },
    }),
  recordTrackingUpdate: (n: number, now: string, scannedAt: string, o: As = {}) =>
    command({
      type: 'RecordTrackingUpdate',
      data: {
        ...envelope(n, now, o.as ?? 'carrier'),
        scannedAt,
        location: 'Leipzig hub',
        description: 'Arrived at sorting facility',
      },
    }),
  recordDelivery: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'RecordDelivery',
      data: { ...envelope(n, now, o.as ?? 'carrier'), pieceIds: ['P1'], ...withoutAs(o) },
    }),
  openInquiry: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'OpenInquiry',
      data: {
        ...envelope(n, now, o.as ?? 'seller'),
        claimId: CLAIM,
        claimType: 'loss',
        pieceIds: null,
        ...withoutAs(o),
      },
    }),
  attachDocument: (n: number, now: string, documentType: string, o: Overrides & As = {}) =>
    command({
      type: 'AttachDocument',
      data: {
        ...envelope(n, now, o.as ?? 'forwarder'),
        claimId: CLAIM,
        documentType,
        reference: `dossier/${documentType}.pdf`,
        contentHash: hash(n),
        ...withoutAs(o),
      },
    }),
  rejectDocument: (n: number, now: string, documentType: string, o: As = {}) =>
    command({
      type: 'RejectDocument',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        documentType,
        reason: 'Illegible scan',
      },
    }),
  extendDocumentDeadline: (n: number, now: string, documentType: string, extendByDays: number, o: As = {}) =>
    command({
      type: 'ExtendDocumentDeadline',
      data: { ...envelope(n, now, o.as ?? 'insurer'), claimId: CLAIM, documentType, extendByDays },
    }),
  confirmLoss: (n: number, now: string, o: As = {}) =>
    command({
      type: 'ConfirmLoss',
      data: {
        ...envelope(n, now, o.as ?? 'forwarder'),
        claimId: CLAIM,
        carrierId: parties.carrier,
        reference: 'dossier/loss-confirmation.pdf',
        contentHash: hash(n),
      },
    }),
  submitClaim: (n: number, now: string, o: As = {}) =>
    command({ type: 'SubmitClaim', data: { ...envelope(n, now, o.as ?? 'forwarder'), claimId: CLAIM } }),
  acceptClaim: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'AcceptClaim',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        provenValue: cny(320000),
        approvedAmount: cny(300000),
        carrierSettlement: null,
        salvageValue: null,
        rates: [],
        partialReason: null,
        payee: { role: 'seller', partyId: parties.seller },
        method: 'bank-transfer',
        ...withoutAs(o),
      },
    }),
  requestInformation: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'RequestInformation',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        question: 'Please send the courier hand-over receipt',
        askedOf: 'seller',
        answerDue: new Date(Date.parse(now) + 7 * 86_400_000).toISOString(),
        ...withoutAs(o),
      },
    }),
  answerInformationRequest: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'AnswerInformationRequest',
      data: {
        ...envelope(n, now, o.as ?? 'seller'),
        claimId: CLAIM,
        answer: 'The hand-over receipt is attached',
        contentHash: hash(n),
        ...withoutAs(o),
      },
    }),
  appealRejection: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'AppealRejection',
      data: {
        ...envelope(n, now, o.as ?? 'seller'),
        claimId: CLAIM,
        grounds: 'The parcel was never handed to customs',
        documents: [
          { documentType: 'proof-of-handover', reference: `dossier/appeal-${n}.pdf`, contentHash: hash(n) },
        ],
        ...withoutAs(o),
      },
    }),
  rejectClaim: (n: number, now: string, o: As = {}) =>
    command({
      type: 'RejectClaim',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        reason: 'customs-seizure',
        explanation: 'Seized by customs at destination',
      },
    }),
  payClaim: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'PayClaim',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        amount: cny(300000),
        paymentReference: 'PAY-2026-0001',
        payee: { role: 'seller', partyId: parties.seller },
        method: 'bank-transfer',
        ...withoutAs(o),
      },
    }),
  withdrawClaim: (n: number, now: string, reason = 'parcel-found', o: As = {}) =>
    command({
      type: 'WithdrawClaim',
      data: { ...envelope(n, now, o.as ?? 'seller'), claimId: CLAIM, reason },
    }),
  checkDeadlines: (n: number, now: string, o: As = {}) =>
    command({ type: 'CheckDeadlines', data: envelope(n, now, o.as ?? 'system') }),
  grantDelegation: (n: number, now: string, delegateId: string, o: As = {}) =>
    command({ type: 'GrantDelegation', data: { ...envelope(n, now, o.as ?? 'seller'), delegateId } }),
  revokeDelegation: (n: number, now: string, delegateId: string, o: As = {}) =>
    command({ type: 'RevokeDelegation', data: { ...envelope(n, now, o.as ?? 'seller'), delegateId } }),
  notifyCarrier: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'NotifyCarrier',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        reference: 'NOTICE-1',
        ...withoutAs(o),
      },
    }),
  assessCarrierLiability: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'AssessCarrierLiability',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        regime: 'montreal',
        sdrRate: { to: 'CNY', rate: '9.6543', date: '2026-02-02', source: 'IMF SDR valuation' },
        rates: [],
        ...withoutAs(o),
      },
    }),
  fileRecovery: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'FileRecovery',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        amount: cny(20000),
        reference: 'RECOVERY-1',
        ...withoutAs(o),
      },
    }),
  recordRecovery: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'RecordRecovery',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        amount: cny(15000),
        reference: 'RECEIPT-1',
        ...withoutAs(o),
      },
    }),
  closeRecovery: (n: number, now: string, o: Overrides & As = {}) =>
    command({
      type: 'CloseRecovery',
      data: {
        ...envelope(n, now, o.as ?? 'insurer'),
        claimId: CLAIM,
        reason: 'The carrier refused liability',
        ...withoutAs(o),
      },
    }),
  electSalvage: (n: number, now: string, election = 'repay', o: As = {}) =>
    command({
      type: 'ElectSalvage',
      data: { ...envelope(n, now, o.as ?? 'seller'), claimId: CLAIM, election },
    }),
};

function withoutAs(o: Overrides & As): Overrides {
  const { as: _as, ...rest } = o;
  return rest;
}

/**
 * A deadline in the cn-mainland calendar as the decider stores it. Shanghai is UTC+8 all year, so
 * the end of a local day is 15:59:59.999 UTC on the same date: an oracle independent of the code.
 */
export const cnDeadline = (
  from: string,
  localDate: string,
  unit: 'working-days' | 'calendar-days',
  count: number,
  weekendsOnlyFallback = false,
): Deadline => {
  const decoded = Deadline.decode({
    from,
    dueAt: `${localDate}T15:59:59.999Z`,
    localDate,
    basis: { unit, count },
    calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
    weekendsOnlyFallback,
  });
  if (E.isLeft(decoded)) throw new Error(`bad deadline fixture ${from} ${localDate}`);
  return decoded.right;
};
