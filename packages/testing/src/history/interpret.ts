import {
  type ClaimCommand,
  type ClaimCommandType,
  type ClaimEvent,
  type ClaimsDecider,
  type DocumentSlot,
  decodeClaimCommand,
  fold,
  instantFromMillis,
  instantMillis,
  type ParcelState,
  type PartyRole,
  type PolicyRef,
  type PrincipalRole,
  partyOf,
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

/** The fields of one command kind, from the state and the intent's choices and deviations. */
const fieldsFor = (
  kind: ClaimCommandType,
  state: ParcelState,
  intent: Intent,
  index: number,
  setup: InterpretSetup,
): Json => {
  const { choice, deviate } = intent;
  const currency = state.booking?.declaredValue.currency ?? 'CNY';
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
        weightGrams: 100 + (choice % 20_000),
        declaredValue: money(declared, code),
        shippingCost: money(
          (5 + (choice % 80)) * unit,
          bent(deviate, 'otherShippingCurrency') ? (code === 'USD' ? 'EUR' : 'USD') : code,
        ),
      };
    }
    case 'PurchaseInsurance': {
      const declared = state.booking?.declaredValue.minorUnits ?? 10_000;
      const insured =
        declared > HUGE
          ? declared
          : bent(deviate, 'insuredAboveDeclared')
            ? declared + 1
            : Math.max(1, Math.floor((declared * (50 + (choice % 51))) / 100));
      return {
        insurerId: drawParty('insurer', choice),
        policy: bent(deviate, 'unknownPolicy') ? { id: setup.policy.id, version: 99 } : setup.policy,
        insuredValue: money(insured, currency),
        valueBasis: choice % 2 === 0 ? 'invoice' : 'sales-price',
        coversShippingCost: choice % 3 === 0 || declared > HUGE,
        premium: money(
          bent(deviate, 'zeroPremium') ? 0 : Math.max(1, Math.floor(insured / 100)),
          bent(deviate, 'otherPremiumCurrency') ? (currency === 'USD' ? 'EUR' : 'USD') : currency,
        ),
        payerCalendar: bent(deviate, 'unknownCalendar')
          ? 'xx-unknown'
          : choice % 4 === 0
            ? 'weekends:Europe/Berlin'
            : 'cn-mainland',
      };
    }
    case 'RecordPickup':
    case 'RecordDelivery':
    case 'CheckDeadlines':
      return {};
    case 'RecordHubArrival':
      return { hubId: 'hub-1' };
    case 'ShipParcel':
      return { hubId: 'hub-1', cargoReference: `MAWB ${index}` };
    case 'HandOverToCarrier':
      return {
        carrierId: drawParty('carrier', choice),
        trackingNumber: `TN${index}`,
        airBoxNumber: `AB${index}`,
        customsBoxNumber: `CB${index}`,
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
      const delivered = state.shipment?.deliveredAt != null;
      const natural = delivered ? 'damage' : 'loss';
      return {
        claimId: bent(deviate, 'reusedClaimId') ? 'claim-1' : `claim-${claimCount(state) + 1}`,
        claimType: bent(deviate, 'otherClaimType') ? (natural === 'loss' ? 'damage' : 'loss') : natural,
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
      const insured = coverage?.insuredValue.minorUnits ?? 1;
      const proven =
        insured > HUGE ? insured : Math.max(1, Math.floor((insured * (60 + (choice % 61))) / 100));
      const shipping =
        coverage?.coversShippingCost === true ? (state.booking?.shippingCost.minorUnits ?? 0) : 0;
      const cap = Math.max(0, Math.min(insured, proven) + shipping - (coverage?.deductible.minorUnits ?? 0));
      const approved = bent(deviate, 'aboveCap')
        ? cap + 1
        : bent(deviate, 'zeroApproved')
          ? 0
          : choice % 4 === 0
            ? Math.max(1, Math.floor(cap / 2))
            : cap;
      const approvedCurrency = bent(deviate, 'otherCurrency')
        ? currency === 'USD'
          ? 'EUR'
          : 'USD'
        : currency;
      return {
        claimId,
        provenValue: money(Math.min(proven, Number.MAX_SAFE_INTEGER), currency),
        approvedAmount: money(Math.min(approved, Number.MAX_SAFE_INTEGER), approvedCurrency),
      };
    }
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
