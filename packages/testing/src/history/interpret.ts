import {
  allocate,
  type ClaimCommand,
  type ClaimCommandType,
  type ClaimEvent,
  type ClaimsDecider,
  type ClaimType,
  convert,
  type DocumentSlot,
  decodeClaimCommand,
  ExchangeRate,
  fold,
  instantFromMillis,
  instantMillis,
  MinorUnits,
  type Money,
  type ParcelState,
  type PartyRole,
  type PolicyRef,
  type PrincipalRole,
  partyOf,
  percentOf,
  permittedRoles,
  type Rejection,
} from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import type { Intent } from './intent.js';
import { actorId, agents, delegateFor, delegatesOf, drawParty, foreignParty, partyPools } from './parties.js';

/** One step as it was tried: the command and what the decider answered. */
export interface Attempt {
  readonly command: ClaimCommand;
  readonly outcome:
    | { readonly kind: 'accepted'; readonly events: readonly ClaimEvent[] }
    | { readonly kind: 'rejected'; readonly rejection: Rejection };
}

/** What `interpret` runs intents with: the decider, the parcel, the policy version and the start time. */
export interface InterpretSetup {
  readonly decider: ClaimsDecider;
  readonly parcelId: string;
  /** The policy version coverages are bought under. */
  readonly policy: PolicyRef;
  /** Epoch milliseconds of the first step. */
  readonly start: number;
  /** Epoch milliseconds no step goes past: a step that would is not tried. Default: none. */
  readonly end?: number;
}

type Json = Readonly<Record<string, unknown>>;

/** A command as a caller sends it, before decoding: `{ type, data }` with its ids and time in `data`. */
export interface CommandInput {
  readonly type: ClaimCommandType;
  readonly data: Json & { readonly commandId: string; readonly parcelId: string; readonly now: string };
}

/**
 * The deviations, each a band of `Intent.deviate` values: random steps draw 0–99, so some bend a
 * rule on purpose; path steps draw 0–299 and mostly follow the path.
 */
const bands = {
  wrongRole: [0, 3],
  otherShippingCurrency: [3, 5],
  zeroDeclaredValue: [5, 7],
  hugeDeclaredValue: [7, 9],
  insuredAboveDeclared: [9, 11],
  otherPremiumCurrency: [11, 13],
  unknownPolicy: [13, 15],
  unknownCalendar: [15, 17],
  zeroPremium: [17, 19],
  scanInFuture: [19, 21],
  reusedClaimId: [21, 23],
  otherClaimType: [23, 25],
  unknownClaim: [25, 27],
  anyDocument: [27, 30],
  aboveCap: [30, 36],
  otherCurrency: [36, 39],
  zeroApproved: [39, 42],
  otherPaidAmount: [42, 46],
  backdated: [46, 48],
  otherParcel: [48, 50],
  foreignParty: [50, 55],
  otherCarrier: [55, 57],
  selfDelegation: [57, 59],
  partialUnstated: [59, 63],
  otherPayee: [63, 67],
  answerDueBehind: [67, 71],
  appealWithoutDocuments: [71, 73],
  appealWithOldDocument: [73, 76],
  otherMethod: [76, 78],
  salvageOnAnyClaim: [78, 81],
  reasonWithFullCap: [81, 84],
  aboveRecoveryLimit: [84, 95],
  noSdrRate: [95, 98],
} as const;

const bent = (deviate: number, band: keyof typeof bands): boolean =>
  deviate >= bands[band][0] && deviate < bands[band][1];

const allRoles: readonly PartyRole[] = ['seller', 'forwarder', 'carrier', 'insurer', 'system'];
const currencies = [
  ['CNY', 100],
  ['JPY', 1],
  ['BHD', 1000],
  ['EUR', 100],
  ['USD', 100],
] as const;

const pick = <T>(options: readonly T[], choice: number): T | undefined =>
  options[choice % Math.max(1, options.length)];

const commandIdOf = (index: number) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

const money = (minorUnits: number, currency: string) => ({
  minorUnits: Math.max(0, Math.round(minorUnits)),
  currency,
});

const hashOf = (index: number) => `sha256:${index.toString(16).padStart(64, '0')}`;

const claimCount = (state: ParcelState) => state.earlierClaims.length + (state.claim === null ? 0 : 1);

// Amounts this large are the overflow probe: keep them whole through coverage and acceptance.
const HUGE = 1e15;

const outstanding = (state: ParcelState): readonly DocumentSlot[] =>
  state.claim?.documents.filter((d) => d.status !== 'attached') ?? [];

/** Another currency of two decimals, for a coverage in another currency than the goods. */
const otherCurrencyOf = (currency: string): string =>
  currency === 'CNY' ? 'EUR' : currency === 'EUR' ? 'USD' : currency === 'USD' ? 'CNY' : currency;

/** A rate of one half into the coverage currency from the goods' and the shipping cost's, dated `date`. */
const ratesInto = (coverageCurrency: string, state: ParcelState, date: string): Json[] => {
  const from = new Set<string>();
  for (const amount of [state.booking?.goodsValue, state.booking?.shippingCost])
    if (amount !== undefined && amount.currency !== coverageCurrency) from.add(amount.currency);
  return [...from].map((currency) => ({
    from: currency,
    to: coverageCurrency,
    rate: '0.5',
    date,
    source: 'Generated reference rate',
  }));
};

/** The amount in `currency` at the first of `rates` that converts it; itself when already there. */
const inCoverage = (amount: Money, currency: string, rates: readonly Json[]): number => {
  if (amount.currency === currency) return amount.minorUnits;
  const rate = ExchangeRate.decode(rates.find((r) => r.from === amount.currency));
  if (E.isLeft(rate)) return 0;
  const converted = convert(amount, rate.right);
  return E.isRight(converted) ? converted.right.to.minorUnits : 0;
};

/**
 * The cap R7 sets, computed here from the state: the lower of the sum insured (or the claimed pieces'
 * largest-remainder share of it) and the proven loss with covered shipping, less the deductible.
 */
const capOf = (state: ParcelState, proven: number, rates: readonly Json[], salvage: number): number => {
  const { coverage, booking, claim } = state;
  if (coverage === null || booking === null || claim === null) return 1;
  const insured = coverage.insuredValue;
  const claimed = new Set<string>(claim.pieceIds);
  const shares = allocate(
    insured,
    booking.pieces.map((piece) => piece.goodsValue),
  );
  const bound = booking.pieces.every((piece) => claimed.has(piece.pieceId))
    ? insured.minorUnits
    : E.isLeft(shares)
      ? 0
      : booking.pieces.reduce(
          (sum, piece, index) =>
            sum + (claimed.has(piece.pieceId) ? (shares.right[index]?.minorUnits ?? 0) : 0),
          0,
        );
  const shipping = coverage.coversShippingCost
    ? inCoverage(booking.shippingCost, insured.currency, rates)
    : 0;
  const limit = Math.min(bound, proven + shipping);
  const rule = coverage.deductible;
  const limitMoney = MinorUnits.decode(limit);
  const share =
    rule.kind === 'percentage' && E.isRight(limitMoney)
      ? percentOf({ minorUnits: limitMoney.right, currency: insured.currency }, rule.percent)
      : null;
  const deductible =
    rule.kind === 'amount'
      ? rule.amount.minorUnits
      : rule.kind === 'percentage' && share !== null && E.isRight(share)
        ? Math.max(share.right.minorUnits, rule.minimum.minorUnits)
        : 0;
  return Math.max(0, limit - deductible - salvage);
};

const paymentMethods = ['bank-transfer', 'wallet', 'cheque', 'marketplace-refund'] as const;

/** The parcel's seller or forwarder; bent, a party that is neither (or the buyer the policy may not allow). */
const payeeFor = (state: ParcelState, choice: number, bend: boolean): Json => {
  const seller = state.booking?.sellerId ?? 'seller-1';
  const forwarder = state.booking?.forwarderId ?? 'forwarder-1';
  if (bend)
    return choice % 2 === 0
      ? { role: 'seller', partyId: `${seller}-other` }
      : { role: 'buyer', partyId: 'buyer-1' };
  return choice % 3 === 0 ? { role: 'forwarder', partyId: forwarder } : { role: 'seller', partyId: seller };
};

/** The payee the acceptance named; bent, or when it named none, one drawn as at acceptance. */
const paidPayee = (state: ParcelState, choice: number, bend: boolean): Json => {
  const named = state.claim?.acceptance?.payee;
  return named === undefined || named.role === 'not-recorded' || bend
    ? payeeFor(state, choice + 1, bend)
    : named;
};

const paidMethod = (state: ParcelState, choice: number): string => {
  const named = state.claim?.acceptance?.method;
  return named === undefined || named === 'not-recorded' ? (pick(paymentMethods, choice) ?? 'wallet') : named;
};

/** One to three pieces sharing the goods value, the first taking what does not divide evenly. */
const piecesOf = (declared: number, code: string, choice: number) => {
  const count = 1 + (Math.floor(choice / 7) % 3);
  const share = Math.floor(declared / count);
  return Array.from({ length: count }, (_, i) => ({
    pieceId: `P${i + 1}`,
    description: `Generated goods, piece ${i + 1}`,
    goodsValue: money(i === 0 ? declared - share * (count - 1) : share, code),
    weightGrams: 100 + ((choice + i * 997) % 20_000),
  }));
};

const claimTypes: readonly ClaimType[] = [
  'loss',
  'damage',
  'partial-loss',
  'missing-contents',
  'theft-after-delivery',
];

/**
 * The claim type the parcel's state suggests: loss before delivery; after it damage half of the
 * time, otherwise missing contents, a theft after delivery or (when pieces were left behind) a
 * partial loss (now and then also when every piece arrived, which R4 refuses). Bent, any other type.
 */
const claimTypeFor = (state: ParcelState, choice: number, bend: boolean): ClaimType => {
  const shipment = state.shipment;
  const delivered = shipment?.deliveredAt != null;
  const missing = missingPieces(state);
  const afterDelivery: readonly ClaimType[] =
    missing.length > 0
      ? ['partial-loss', 'missing-contents', 'theft-after-delivery']
      : ['missing-contents', 'theft-after-delivery', 'partial-loss'];
  const natural: ClaimType = !delivered
    ? 'loss'
    : choice % 2 === 0
      ? 'damage'
      : (pick(afterDelivery, Math.floor(choice / 2)) ?? 'damage');
  return bend
    ? (pick(
        claimTypes.filter((type) => type !== natural),
        choice,
      ) ?? 'loss')
    : natural;
};

const missingPieces = (state: ParcelState): string[] => {
  const delivered = new Set<string>(state.shipment?.deliveredPieceIds ?? []);
  return (state.booking?.pieces ?? []).map((piece) => piece.pieceId).filter((id) => !delivered.has(id));
};

/** Loss and damage take every unclaimed piece; the other types name the missing pieces or one piece. */
const claimedPiecesFor = (state: ParcelState, claimType: ClaimType, choice: number): string[] | null => {
  // A loss of a parcel of several pieces now and then names only its first piece.
  if (claimType === 'loss' && missingPieces(state).length > 1 && choice % 4 === 1)
    return missingPieces(state).slice(0, 1);
  if (claimType === 'loss' || claimType === 'damage') return null;
  const missing = missingPieces(state);
  if (claimType === 'partial-loss' && missing.length > 0) return missing;
  const pieceIds = (state.booking?.pieces ?? []).map((piece) => piece.pieceId);
  return [pick(pieceIds, choice) ?? 'P1'];
};

/** The fields of one command kind, from the state and the intent's choices and deviations. */
const fieldsFor = (
  kind: ClaimCommandType,
  state: ParcelState,
  intent: Intent,
  index: number,
  setup: InterpretSetup,
): Json => {
  const { choice, deviate } = intent;
  const currency = state.booking?.goodsValue.currency ?? 'CNY';
  const claimId = bent(deviate, 'unknownClaim')
    ? 'claim-unknown'
    : (state.claim?.claimId ?? `claim-${claimCount(state) + 1}`);
  switch (kind) {
    case 'BookParcel': {
      const [code, unit] = pick(currencies, choice) ?? currencies[0];
      const declared = bent(deviate, 'hugeDeclaredValue')
        ? Number.MAX_SAFE_INTEGER
        : bent(deviate, 'zeroDeclaredValue')
          ? 0
          : (100 + (choice % 50_000)) * unit;
      return {
        sellerId: drawParty('seller', choice),
        forwarderId: drawParty('forwarder', Math.floor(choice / 3)),
        origin: 'CN',
        destination: pick(['DE', 'FR', 'US', 'BR'], choice) ?? 'DE',
        contents: 'Generated goods',
        goodsValue: money(declared, code),
        valueBasis: choice % 2 === 0 ? 'invoice' : 'sales-price',
        customsValue: money(declared, code),
        carriageValue: null,
        shippingCost: money(
          (5 + (choice % 80)) * unit,
          bent(deviate, 'otherShippingCurrency') ? (code === 'USD' ? 'EUR' : 'USD') : code,
        ),
        pieces: piecesOf(declared, code, choice),
      };
    }
    case 'PurchaseInsurance': {
      const goods = state.booking?.goodsValue.minorUnits ?? 10_000;
      // Some coverages are in another currency of the same minor unit, at a rate of one half.
      const coverageCurrency = goods <= HUGE && choice % 5 === 1 ? otherCurrencyOf(currency) : currency;
      const declared = coverageCurrency === currency ? goods : Math.floor(goods / 2);
      const insured =
        declared > HUGE
          ? declared
          : bent(deviate, 'insuredAboveDeclared')
            ? declared + 1
            : Math.max(1, Math.floor((declared * (50 + (choice % 51))) / 100));
      const coversShippingCost = choice % 3 === 0 || declared > HUGE;
      const date = instantFromMillis(intentTime(state, intent, setup)).slice(0, 10);
      return {
        insurerId: drawParty('insurer', choice),
        policy: bent(deviate, 'unknownPolicy') ? { id: setup.policy.id, version: 99 } : setup.policy,
        insuredValue: money(insured, coverageCurrency),
        valueBasis: choice % 2 === 0 ? 'invoice' : 'sales-price',
        coversShippingCost,
        premium: money(
          bent(deviate, 'zeroPremium') ? 0 : Math.max(1, Math.floor(insured / 100)),
          bent(deviate, 'otherPremiumCurrency') ? (currency === 'USD' ? 'EUR' : 'USD') : currency,
        ),
        payerCalendar: bent(deviate, 'unknownCalendar')
          ? 'xx-unknown'
          : choice % 4 === 0
            ? 'weekends:Europe/Berlin'
            : 'cn-mainland',
        rates: ratesInto(coverageCurrency, state, date),
      };
    }
    case 'RecordPickup':
    case 'CheckDeadlines':
      return {};
    case 'RecordDelivery': {
      // A parcel of several pieces is sometimes delivered without its last piece: a partial loss.
      const pieceIds = (state.booking?.pieces ?? []).map((piece) => piece.pieceId);
      return { pieceIds: pieceIds.length > 1 && choice % 3 === 0 ? pieceIds.slice(0, -1) : pieceIds };
    }
    case 'RecordHubArrival':
      return { hubId: 'hub-1' };
    case 'ShipParcel':
      return { hubId: 'hub-1', cargoReference: `MAWB ${index}` };
    case 'HandOverToCarrier':
      return {
        carrierId: drawParty('carrier', choice),
        trackingNumber: `TN${index}`,
        boxes: (state.booking?.pieces ?? []).map((piece, box) => ({
          pieceId: piece.pieceId,
          airBoxNumber: `AB${index}-${box}`,
          customsBoxNumber: `CB${index}-${box}`,
        })),
      };
    case 'RecordTrackingUpdate': {
      const offset = bent(deviate, 'scanInFuture') ? -3_600_000 : (choice % 21_600) * 1000;
      return {
        scannedAt: instantFromMillis(intentTime(state, intent, setup) - offset),
        location: 'Sorting centre',
        description: 'Processed',
      };
    }
    case 'OpenInquiry': {
      const claimType = claimTypeFor(state, choice, bent(deviate, 'otherClaimType'));
      return {
        claimId: bent(deviate, 'reusedClaimId') ? 'claim-1' : `claim-${claimCount(state) + 1}`,
        claimType,
        pieceIds: claimedPiecesFor(state, claimType, choice),
      };
    }
    case 'AttachDocument': {
      const attachable = outstanding(state).filter((d) => d.documentType !== 'loss-confirmation');
      const documentType =
        bent(deviate, 'anyDocument') || attachable.length === 0
          ? (pick(
              [
                'outbound-record',
                'proof-of-value',
                'proof-of-handover',
                'buyer-dispute-evidence',
                'damage-photos',
                'repair-estimate',
                'packing-list',
                'packaging-photos',
                'delivery-weight-record',
                'proof-of-delivery',
                'non-receipt-statement',
                'police-report',
              ],
              choice,
            ) ?? 'outbound-record')
          : (pick(attachable, choice)?.documentType ?? 'outbound-record');
      return {
        claimId,
        documentType,
        reference: `dossier/${documentType}-${index}.pdf`,
        contentHash: hashOf(index),
      };
    }
    case 'RejectDocument': {
      const attached = state.claim?.documents.filter((d) => d.status === 'attached') ?? [];
      const documentType = bent(deviate, 'anyDocument')
        ? 'repair-estimate'
        : (pick(attached, choice)?.documentType ?? 'proof-of-value');
      return { claimId, documentType, reason: 'Not readable' };
    }
    case 'ExtendDocumentDeadline': {
      const extendable = outstanding(state).filter((d) => d.owedBy !== 'seller' || choice % 5 === 0);
      const documentType = pick(extendable, choice)?.documentType ?? 'loss-confirmation';
      return { claimId, documentType, extendByDays: 1 + (choice % 70) };
    }
    case 'ConfirmLoss':
      return {
        claimId,
        carrierId: bent(deviate, 'otherCarrier')
          ? foreignParty(state, 'carrier', choice)
          : (state.shipment?.carrierId ?? partyPools.carrier[0]),
        reference: `dossier/loss-${index}.pdf`,
        contentHash: hashOf(index),
      };
    case 'SubmitClaim':
      return { claimId };
    case 'AcceptClaim': {
      const coverage = state.coverage;
      const coverageCurrency = coverage?.insuredValue.currency ?? currency;
      const insured = coverage?.insuredValue.minorUnits ?? 1;
      const proven =
        insured > HUGE ? insured : Math.max(1, Math.floor((insured * (60 + (choice % 61))) / 100));
      const openedAt = state.claim?.openedAt ?? instantFromMillis(setup.start);
      const rates = ratesInto(coverageCurrency, state, openedAt.slice(0, 10));
      const salvage =
        (state.claim?.claimType === 'damage' && choice % 3 === 0) || bent(deviate, 'salvageOnAnyClaim')
          ? Math.floor(proven / 10)
          : null;
      const cap = capOf(state, proven, rates, salvage ?? 0);
      const approved = bent(deviate, 'aboveCap')
        ? cap + 1
        : bent(deviate, 'zeroApproved')
          ? 0
          : choice % 4 === 0 || bent(deviate, 'partialUnstated')
            ? Math.max(1, Math.floor(cap / 2))
            : cap;
      const approvedCurrency = bent(deviate, 'otherCurrency')
        ? coverageCurrency === 'USD'
          ? 'EUR'
          : 'USD'
        : coverageCurrency;
      return {
        claimId,
        provenValue: money(Math.min(proven, Number.MAX_SAFE_INTEGER), coverageCurrency),
        approvedAmount: money(Math.min(approved, Number.MAX_SAFE_INTEGER), approvedCurrency),
        carrierSettlement: null,
        salvageValue: salvage === null ? null : money(salvage, coverageCurrency),
        rates,
        partialReason:
          (approved === cap && !bent(deviate, 'reasonWithFullCap')) || bent(deviate, 'partialUnstated')
            ? null
            : 'Part of the goods was recovered',
        payee: payeeFor(state, bent(deviate, 'otherPayee') ? deviate : choice, bent(deviate, 'otherPayee')),
        method: pick(paymentMethods, choice) ?? 'bank-transfer',
      };
    }
    case 'RequestInformation': {
      const now = intentTime(state, intent, setup);
      return {
        claimId,
        question: 'Please send the courier hand-over receipt',
        askedOf: pick(['seller', 'forwarder', 'carrier'], choice) ?? 'seller',
        answerDue: instantFromMillis(
          now + (bent(deviate, 'answerDueBehind') ? -1 : 1 + (choice % 14)) * 86_400_000,
        ),
      };
    }
    case 'AnswerInformationRequest':
      return { claimId, answer: 'The receipt is attached', contentHash: hashOf(index) };
    case 'AppealRejection':
      return {
        claimId,
        grounds: 'New evidence of the value and the packaging',
        documents: bent(deviate, 'appealWithoutDocuments')
          ? []
          : [
              {
                documentType: 'proof-of-value',
                reference: `dossier/appeal-${index}.pdf`,
                contentHash: bent(deviate, 'appealWithOldDocument')
                  ? (state.claim?.documents.find((d) => d.contentHash !== null)?.contentHash ?? hashOf(index))
                  : hashOf(index),
              },
            ],
      };
    case 'RejectClaim':
      return {
        claimId,
        reason: pick(
          ['customs-seizure', 'prohibited-goods', 'insufficient-evidence', 'improper-packaging'],
          choice,
        ),
        explanation: 'Decided by the insurer',
      };
    case 'PayClaim': {
      const approved = state.claim?.acceptance?.approvedAmount ?? money(1, currency);
      return {
        claimId,
        amount: bent(deviate, 'otherPaidAmount')
          ? money(approved.minorUnits + 1, approved.currency)
          : approved,
        paymentReference: `PAY-${index}`,
        payee: paidPayee(state, choice, bent(deviate, 'otherPayee')),
        method: bent(deviate, 'otherMethod') ? 'cheque' : paidMethod(state, choice),
      };
    }
    case 'WithdrawClaim':
      return { claimId, reason: pick(['parcel-found', 'seller-request', 'settled-with-buyer'], choice) };
    case 'GrantDelegation': {
      const role = principalRole(kind, state, intent);
      const self = bent(deviate, 'selfDelegation') ? partyOf(state, role) : null;
      return { delegateId: self ?? delegateFor(state, role, choice) };
    }
    case 'RevokeDelegation':
      return {
        delegateId: pick(delegatesOf(state, principalRole(kind, state, intent)), choice) ?? agents[0],
      };
    case 'NotifyCarrier':
      return { claimId, reference: `NOTICE-${index}` };
    case 'AssessCarrierLiability': {
      const coverageCurrency = state.coverage?.insuredValue.currency ?? currency;
      const regime = pick(['montreal', 'cmr', 'upu', 'declared-value'] as const, choice) ?? 'montreal';
      const date = (state.claim?.openedAt ?? instantFromMillis(setup.start)).slice(0, 10);
      return {
        claimId,
        regime,
        sdrRate: bent(deviate, 'noSdrRate')
          ? null
          : { to: coverageCurrency, rate: pick(['1.35', '9.6543', '0.5'], choice >> 2), date, source: 'IMF' },
        rates: state.booking?.carriageValue == null ? [] : ratesInto(coverageCurrency, state, date),
      };
    }
    case 'FileRecovery': {
      const paid = state.claim?.payment?.amount ?? money(1, currency);
      const cap = state.claim?.followUp.carrierLiabilityCap ?? paid;
      const limit = Math.min(paid.minorUnits, cap.minorUnits);
      const amount = bent(deviate, 'aboveRecoveryLimit')
        ? limit + 1
        : Math.max(1, choice % 3 === 0 ? Math.floor(limit / 2) : limit);
      return { claimId, amount: money(amount, paid.currency), reference: `RECOVERY-${index}` };
    }
    case 'RecordRecovery': {
      const recovery = state.claim?.followUp.recovery;
      const filed = recovery?.filed ?? money(1, currency);
      const outstanding = filed.minorUnits - (recovery?.received.minorUnits ?? 0);
      const amount = bent(deviate, 'aboveRecoveryLimit')
        ? outstanding + 1
        : Math.max(1, choice % 2 === 0 ? outstanding : Math.floor(outstanding / 2));
      return { claimId, amount: money(amount, filed.currency), reference: `RECEIPT-${index}` };
    }
    case 'CloseRecovery':
      return { claimId, reason: 'The carrier refused liability' };
    case 'ElectSalvage':
      return { claimId, election: choice % 2 === 0 ? 'repay' : 'surrender' };
  }
  // Every type returned above; a command type without a case fails to compile here, by name.
  const unhandled: never = kind;
  return unhandled;
};

/** When a step happens: after the previous step, or (to provoke R2) just before the last event. */
const intentTime = (state: ParcelState, intent: Intent, setup: InterpretSetup): number => {
  const last = state.lastEventAt === null ? setup.start : instantMillis(state.lastEventAt);
  return bent(intent.deviate, 'backdated') && state.lastEventAt !== null
    ? last - 60_000
    : last + intent.advance;
};

const roleFor = (kind: ClaimCommandType, state: ParcelState, intent: Intent): PartyRole => {
  if (bent(intent.deviate, 'wrongRole')) return pick(allRoles, intent.choice + intent.deviate) ?? 'seller';
  if (kind === 'AttachDocument') {
    const owner = outstanding(state)[intent.choice % Math.max(1, outstanding(state).length)]?.owedBy;
    return intent.choice % 3 === 0 || owner === undefined || owner === 'carrier' ? 'forwarder' : owner;
  }
  return pick(permittedRoles(kind), intent.choice) ?? 'system';
};

/** The role a delegation command is sent in, as a principal (the wrong-role band may draw `system`). */
const principalRole = (kind: ClaimCommandType, state: ParcelState, intent: Intent): PrincipalRole => {
  const role = roleFor(kind, state, intent);
  return role === 'system' ? 'seller' : role;
};

/** The seller or forwarder a booking names, who must be the one sending it. */
const namedBy = (fields: Json, role: PartyRole): string | null => {
  const named = role === 'seller' ? fields.sellerId : role === 'forwarder' ? fields.forwarderId : undefined;
  return typeof named === 'string' ? named : null;
};

const decode = (input: unknown): ClaimCommand => {
  const command = decodeClaimCommand(input);
  if (E.isLeft(command))
    throw new Error(`history generator built an invalid command: ${command.left.message}`);
  return command.right;
};

/**
 * The command an intent of a kind other than `Repeat` becomes against `state`, as the JSON a
 * caller sends (`{ type, data }`): its time, actor, parcel and fields come from the state and the
 * intent's choices and deviations. `index` (1, 2, …) makes references and hashes distinct.
 */
export const intentInput = (
  intent: Intent & { readonly kind: ClaimCommandType },
  state: ParcelState,
  setup: InterpretSetup,
  index: number,
  commandId: string = commandIdOf(index),
): CommandInput => {
  const role = roleFor(intent.kind, state, intent);
  const fields = fieldsFor(intent.kind, state, intent, index, setup);
  const foreign = bent(intent.deviate, 'foreignParty');
  return {
    type: intent.kind,
    data: {
      commandId,
      now: instantFromMillis(intentTime(state, intent, setup)),
      actor: { role, id: actorId(role, state, intent.choice, foreign, namedBy(fields, role)) },
      parcelId: bent(intent.deviate, 'otherParcel') ? `${setup.parcelId}-other` : setup.parcelId,
      ...fields,
    },
  };
};

const isCommandIntent = (intent: Intent): intent is Intent & { readonly kind: ClaimCommandType } =>
  intent.kind !== 'Repeat';

/**
 * Turns intents into a reachable history: each intent becomes a concrete command built from the
 * state at that moment, is decided, and only accepted events are folded in. Rejected attempts
 * leave no trace in the history; they are kept in `attempts` for coverage and debugging.
 */
export const interpret = (
  intents: readonly Intent[],
  setup: InterpretSetup,
): { events: ClaimEvent[]; attempts: Attempt[]; state: ParcelState } => {
  const events: ClaimEvent[] = [];
  const attempts: Attempt[] = [];
  let state = setup.decider.initialState;
  intents.forEach((intent, index) => {
    const previous = attempts[intent.choice % Math.max(1, attempts.length)];
    if (isCommandIntent(intent) && setup.end !== undefined && intentTime(state, intent, setup) > setup.end)
      return;
    const command = isCommandIntent(intent)
      ? decode(intentInput(intent, state, setup, index + 1))
      : previous?.command;
    if (command === undefined) return;
    const decision = setup.decider.decide(command, state);
    if (E.isLeft(decision)) {
      attempts.push({ command, outcome: { kind: 'rejected', rejection: decision.left } });
      return;
    }
    attempts.push({ command, outcome: { kind: 'accepted', events: decision.right } });
    events.push(...decision.right);
    state = fold(state, decision.right);
  });
  return { events, attempts, state };
};
