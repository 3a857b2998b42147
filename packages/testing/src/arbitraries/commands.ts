import {
  AttachableDocumentType,
  type ClaimCommand,
  type ClaimCommandType,
  ClaimRejectionReason,
  ClaimType,
  type CommandOf,
  DocumentType,
  decodeClaimCommand,
  InformationSource,
  PartyRole,
  PayeeRole,
  PaymentMethod,
  ValueBasis,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { arbCommandId, arbContentHash, arbDocumentReference, arbId, arbInstant, arbMoney } from './values.js';

const keys = <K extends string>(codec: { readonly keys: { readonly [k in K]: unknown } }): K[] =>
  Object.keys(codec.keys).filter((k): k is K => Object.hasOwn(codec.keys, k));

const arbRole = fc.constantFrom(...keys(PartyRole));
const arbDocumentType = fc.constantFrom(...keys(DocumentType));
const arbAttachable = fc.constantFrom(...keys(AttachableDocumentType));
const arbText = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.-]{0,40}$/);
const arbPayee = fc.record({ role: fc.constantFrom(...keys(PayeeRole)), partyId: arbId('party') });
const arbMethod = fc.constantFrom(...keys(PaymentMethod));

const envelope = fc.record({
  commandId: arbCommandId,
  now: arbInstant(),
  actor: fc.record({ role: arbRole, id: arbId('party') }),
  parcelId: arbId('parcel'),
});

const fields: { readonly [T in ClaimCommandType]: fc.Arbitrary<Readonly<Record<string, unknown>>> } = {
  BookParcel: fc.record({
    sellerId: arbId('seller'),
    forwarderId: arbId('forwarder'),
    origin: fc.constantFrom('CN', 'HK', 'VN'),
    destination: fc.constantFrom('DE', 'FR', 'US', 'BR'),
    contents: arbText,
    goodsValue: arbMoney,
    valueBasis: fc.constantFrom(...keys(ValueBasis)),
    customsValue: fc.option(arbMoney, { nil: null }),
    carriageValue: fc.option(arbMoney, { nil: null }),
    shippingCost: arbMoney,
    pieces: fc.array(
      fc.record({
        pieceId: arbId('piece'),
        description: arbText,
        goodsValue: arbMoney,
        weightGrams: fc.integer({ min: 1, max: 30_000 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  PurchaseInsurance: fc.record({
    insurerId: arbId('insurer'),
    policy: fc.record({ id: fc.constant('parcel-standard'), version: fc.integer({ min: 1, max: 3 }) }),
    insuredValue: arbMoney,
    valueBasis: fc.constantFrom(...keys(ValueBasis)),
    coversShippingCost: fc.boolean(),
    premium: arbMoney,
    payerCalendar: fc.constantFrom('cn-mainland', 'weekends:Europe/Berlin', 'weekends:America/New_York'),
    rates: fc.constant([]),
  }),
  RecordPickup: fc.constant({}),
  RecordHubArrival: fc.record({ hubId: arbId('hub') }),
  ShipParcel: fc.record({ hubId: arbId('hub'), cargoReference: arbText }),
  HandOverToCarrier: fc.record({
    carrierId: arbId('carrier'),
    trackingNumber: arbText,
    boxes: fc.array(
      fc.record({ pieceId: arbId('piece'), airBoxNumber: arbText, customsBoxNumber: arbText }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  RecordTrackingUpdate: fc.record({ scannedAt: arbInstant(), location: arbText, description: arbText }),
  RecordDelivery: fc.record({ pieceIds: fc.array(arbId('piece'), { minLength: 1, maxLength: 3 }) }),
  OpenInquiry: fc.record({
    claimId: arbId('claim'),
    claimType: fc.constantFrom(...keys(ClaimType)),
    pieceIds: fc.option(fc.array(arbId('piece'), { minLength: 1, maxLength: 3 }), { nil: null }),
  }),
  AttachDocument: fc.record({
    claimId: arbId('claim'),
    documentType: arbAttachable,
    reference: arbDocumentReference,
    contentHash: arbContentHash,
  }),
  RejectDocument: fc.record({ claimId: arbId('claim'), documentType: arbDocumentType, reason: arbText }),
  ExtendDocumentDeadline: fc.record({
    claimId: arbId('claim'),
    documentType: arbDocumentType,
    extendByDays: fc.integer({ min: 1, max: 90 }),
  }),
  ConfirmLoss: fc.record({
    claimId: arbId('claim'),
    carrierId: arbId('carrier'),
    reference: arbDocumentReference,
    contentHash: arbContentHash,
  }),
  SubmitClaim: fc.record({ claimId: arbId('claim') }),
  RequestInformation: fc.record({
    claimId: arbId('claim'),
    question: arbText,
    askedOf: fc.constantFrom(...keys(InformationSource)),
    answerDue: arbInstant(),
  }),
  AnswerInformationRequest: fc.record({
    claimId: arbId('claim'),
    answer: arbText,
    contentHash: arbContentHash,
  }),
  AcceptClaim: fc.record({
    claimId: arbId('claim'),
    provenValue: arbMoney,
    approvedAmount: arbMoney,
    carrierSettlement: fc.option(arbMoney, { nil: null }),
    salvageValue: fc.option(arbMoney, { nil: null }),
    rates: fc.constant([]),
    partialReason: fc.option(arbText, { nil: null }),
    payee: arbPayee,
    method: arbMethod,
  }),
  AppealRejection: fc.record({
    claimId: arbId('claim'),
    grounds: arbText,
    documents: fc.array(
      fc.record({
        documentType: arbAttachable,
        reference: arbDocumentReference,
        contentHash: arbContentHash,
      }),
      { maxLength: 2 },
    ),
  }),
  RejectClaim: fc.record({
    claimId: arbId('claim'),
    reason: fc.constantFrom(...keys(ClaimRejectionReason)),
    explanation: arbText,
  }),
  PayClaim: fc.record({
    claimId: arbId('claim'),
    amount: arbMoney,
    paymentReference: arbText,
    payee: arbPayee,
    method: arbMethod,
  }),
  WithdrawClaim: fc.record({
    claimId: arbId('claim'),
    reason: fc.constantFrom('parcel-found', 'seller-request', 'settled-with-buyer'),
  }),
  CheckDeadlines: fc.constant({}),
  GrantDelegation: fc.record({ delegateId: arbId('party') }),
  RevokeDelegation: fc.record({ delegateId: arbId('party') }),
  NotifyCarrier: fc.record({ claimId: arbId('claim'), reference: arbText }),
  AssessCarrierLiability: fc.record({
    claimId: arbId('claim'),
    regime: fc.constantFrom('montreal', 'cmr', 'upu', 'declared-value'),
    sdrRate: fc.option(
      fc.record({
        to: fc.constantFrom('CNY', 'EUR', 'USD'),
        rate: fc.constantFrom('1.35', '9.6543', '0.5'),
        date: fc.constantFrom('2026-01-05', '2026-03-02'),
        source: arbText,
      }),
      { nil: null },
    ),
    rates: fc.constant([]),
  }),
  FileRecovery: fc.record({ claimId: arbId('claim'), amount: arbMoney, reference: arbText }),
  RecordRecovery: fc.record({ claimId: arbId('claim'), amount: arbMoney, reference: arbText }),
  CloseRecovery: fc.record({ claimId: arbId('claim'), reason: arbText }),
  ElectSalvage: fc.record({ claimId: arbId('claim'), election: fc.constantFrom('repay', 'surrender') }),
};

const decoded = (input: unknown): ClaimCommand => {
  const command = decodeClaimCommand(input);
  if (E.isLeft(command))
    throw new Error(`a command arbitrary produced an invalid command: ${command.left.message}`);
  return command.right;
};

const isOfType =
  <T extends ClaimCommandType>(type: T) =>
  (command: ClaimCommand): command is CommandOf<T> =>
    command.type === type;

/**
 * Well-formed commands of one type: every field valid for its codec, so they decode; whether the
 * decider accepts them depends on the parcel's history (use `arbHistory` for reachable ones).
 */
export const arbCommand = <T extends ClaimCommandType>(type: T): fc.Arbitrary<CommandOf<T>> =>
  fc
    .tuple(envelope, fields[type])
    .map(([data, extra]) => decoded({ type, data: { ...data, ...extra } }))
    .filter(isOfType(type));

/** Well-formed commands of every type. */
export const arbAnyCommand: fc.Arbitrary<ClaimCommand> = fc.oneof(
  ...Object.keys(fields)
    .filter((k): k is ClaimCommandType => Object.hasOwn(fields, k))
    .map((type) => arbCommand(type)),
);
