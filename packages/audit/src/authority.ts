import {
  type ClaimEvent,
  type ClaimEventType,
  type ClaimType,
  describeDeductible,
  formatMoney,
  type ParcelState,
  type PayeeRole,
  type PolicyBook,
  type PolicyParameterDescription,
  type PolicyParameterName,
  type PolicyRef,
  type RegimeFigures,
  type RuleId,
  ruleLabel,
} from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';

/** A policy clause an event was decided under: one parameter of the coverage's policy version. */
export interface PolicyClause {
  readonly policy: PolicyRef;
  readonly parameter: PolicyParameterName;
  readonly value: PolicyParameterDescription['defaultValue'];
  readonly unit: PolicyParameterDescription['unit'];
}

/** Why an event could be written: the rules that allowed it and the policy clauses they applied. */
export interface Authority {
  /** Rules of the catalogue (docs/rules.md) that admitted the event, most specific first. */
  readonly rules: readonly RuleId[];
  /** `R4 inquiry window`, … for each rule. */
  readonly labels: readonly string[];
  /** The parameters of the coverage's policy the rules applied; empty when none is involved. */
  readonly clauses: readonly PolicyClause[];
}

/** Which rules admit each event type and which policy parameters they read: one entry per type. */
const authorities: {
  readonly [T in ClaimEventType]: {
    readonly rules: readonly RuleId[];
    readonly parameters: readonly PolicyParameterName[];
  };
} = {
  ParcelBooked: { rules: ['L1', 'C1'], parameters: [] },
  InsurancePurchased: { rules: ['R3', 'C1'], parameters: [] },
  ParcelPickedUp: { rules: ['L1'], parameters: [] },
  ParcelReceivedAtHub: { rules: ['L1'], parameters: [] },
  ParcelShipped: { rules: ['L1'], parameters: [] },
  ParcelHandedToCarrier: { rules: ['L1'], parameters: [] },
  TrackingUpdated: { rules: ['L1'], parameters: [] },
  ParcelDelivered: { rules: ['L1', 'K1'], parameters: [] },
  InquiryOpened: {
    rules: ['R4', 'R5', 'R3', 'D1'],
    parameters: [
      'inquiryWaitingPeriod',
      'noMovementPeriod',
      'filingDeadline',
      'sellerDocumentGrace',
      'carrierDocumentGrace',
    ],
  },
  DocumentAttached: { rules: ['D1'], parameters: ['filingDeadline'] },
  DocumentRejected: { rules: ['D1', 'D2'], parameters: ['resubmissionGrace'] },
  DocumentDeadlineExtended: { rules: ['D2'], parameters: ['carrierDocumentGraceLimit'] },
  LossConfirmed: { rules: ['D1'], parameters: ['filingDeadline'] },
  ClaimSubmitted: { rules: ['R6', 'K1'], parameters: ['decisionAfterCompleteDossier'] },
  InformationRequested: { rules: ['K2', 'K1'], parameters: ['decisionAfterCompleteDossier'] },
  InformationProvided: { rules: ['K2'], parameters: ['decisionAfterCompleteDossier'] },
  ClaimAccepted: {
    rules: ['R7', 'R9', 'K1', 'E1'],
    parameters: ['deductible', 'payoutAfterAcceptance', 'payeesAllowed'],
  },
  ClaimRejected: { rules: ['K1'], parameters: [] },
  ClaimReopened: {
    rules: ['K3', 'K1'],
    parameters: ['appealWindow', 'appealsAllowed', 'decisionAfterCompleteDossier'],
  },
  ClaimPaid: { rules: ['R8', 'E1'], parameters: [] },
  PayoutOverdue: { rules: ['R9'], parameters: ['payoutAfterAcceptance'] },
  DecisionOverdue: { rules: ['K1'], parameters: ['decisionAfterCompleteDossier'] },
  ClaimLapsed: { rules: ['R10'], parameters: ['sellerDocumentGrace', 'carrierDocumentGrace'] },
  ClaimWithdrawn: { rules: ['K1', 'R11'], parameters: [] },
  CarrierNotified: { rules: ['N1'], parameters: ['carrierNotice'] },
  CarrierNoticeMissed: { rules: ['N1'], parameters: ['carrierNotice'] },
  CarrierLiabilityAssessed: { rules: ['N2'], parameters: ['carrierLiability', 'exchangeRateTolerance'] },
  RecoveryFiled: { rules: ['N3'], parameters: [] },
  RecoveryReceived: { rules: ['N3'], parameters: [] },
  RecoveryClosed: { rules: ['N3'], parameters: [] },
  ParcelFoundAfterPayout: { rules: ['N4', 'L1'], parameters: ['salvageElectionWindow'] },
  ClaimRepaid: { rules: ['N4'], parameters: [] },
  GoodsSurrendered: { rules: ['N4'], parameters: [] },
  SalvageElectionOverdue: { rules: ['N4'], parameters: ['salvageElectionWindow'] },
  DelegationGranted: { rules: ['P2', 'L1'], parameters: [] },
  DelegationRevoked: { rules: ['P2', 'L1'], parameters: [] },
};

/** The parameters R4 (and, for a theft, D1's police report) read for an inquiry of the type on this parcel. */
const inquiryWindowParameters = (
  claimType: ClaimType,
  before: ParcelState,
): readonly PolicyParameterName[] => {
  switch (claimType) {
    case 'loss':
      return before.booking !== null && before.booking.origin !== before.booking.destination
        ? ['internationalInquiryWaitingPeriod', 'internationalNoMovementPeriod', 'filingDeadline']
        : ['inquiryWaitingPeriod', 'noMovementPeriod', 'filingDeadline'];
    case 'theft-after-delivery':
      return ['theftWaitingPeriod', 'theftNoticeWindow', 'policeReportThreshold'];
    case 'damage':
    case 'partial-loss':
    case 'missing-contents':
      return ['damageNoticeWindow'];
  }
};

/**
 * The rules that admitted `event` in the state before it, with the policy clauses they read from
 * the coverage's policy version (looked up in `policies`; none when the parcel is not insured or
 * the version is not in the book). Permitted-actor (P1) is added when the event had an actor.
 *
 * @example
 * authorityOf(event, stateBefore, true, policyBook([defaultPolicy])).labels; // ['R8 paid once, exactly, after acceptance', 'P1 permitted actor']
 */
export const authorityOf = (
  event: ClaimEvent,
  before: ParcelState,
  hadActor: boolean,
  policies: PolicyBook,
): Authority => {
  const { rules } = authorities[event.type];
  const parameters: readonly PolicyParameterName[] =
    event.type === 'InquiryOpened'
      ? [
          ...inquiryWindowParameters(event.data.claimType, before),
          'sellerDocumentGrace',
          'carrierDocumentGrace',
        ]
      : authorities[event.type].parameters;
  const withActor: readonly RuleId[] = hadActor ? [...rules, 'P1'] : rules;
  const policyRef = event.type === 'InsurancePurchased' ? event.data.policy : before.coverage?.policy;
  const policy = policyRef === undefined ? null : policies.resolve(policyRef);
  const clauses =
    policy === null || E.isLeft(policy)
      ? []
      : parameters.map((parameter) => ({
          policy: { id: policy.right.id, version: policy.right.version },
          parameter,
          value: policy.right.parameters[parameter].value,
          unit: policy.right.parameters[parameter].unit,
        }));
  return { rules: withActor, labels: withActor.map(ruleLabel), clauses };
};

/** `payoutAfterAcceptance = 3 working-days (parcel-standard@1)`. */
const regimeText = (f: RegimeFigures): string =>
  `${f.regime} ${f.sdrPerParcel === null ? '' : `${f.sdrPerParcel} SDR + `}${f.sdrPerKg} SDR/kg from ${f.effectiveFrom}`;

const isPayees = (value: ListValue): value is Extract<ListValue, readonly PayeeRole[]> =>
  value.every((item) => typeof item === 'string');

type ListValue = Extract<PolicyClause['value'], readonly unknown[]>;

const isList = (value: PolicyClause['value']): value is ListValue => Array.isArray(value);

const valueText = (clause: PolicyClause): string => {
  const { value } = clause;
  if (typeof value === 'number') return `${value} ${clause.unit}`;
  if (isList(value)) return isPayees(value) ? value.join(', ') : value.map(regimeText).join(', ');
  if ('kind' in value) return describeDeductible(value);
  if ('minorUnits' in value) return formatMoney(value);
  const window = (w: { days: number; from: string }) => `${w.days} calendar-days from ${w.from}`;
  return [
    `default loss ${window(value.default.loss)}, damage ${window(value.default.damage)}`,
    ...value.carriers.map((c) => `${c.carrierId} loss ${window(c.loss)}, damage ${window(c.damage)}`),
  ].join('; ');
};

/** A policy clause as one line: `parameter = value (policy@version)`. */
export const describeClause = (clause: PolicyClause): string =>
  `${clause.parameter} = ${valueText(clause)} (${clause.policy.id}@${clause.policy.version})`;

/** `parcel-standard@1: deductible none, payoutAfterAcceptance 3 working-days`, one entry per policy version. */
export const describeClauses = (clauses: readonly PolicyClause[]): string => {
  const byPolicy = new Map<string, string[]>();
  for (const c of clauses) {
    const key = `${c.policy.id}@${c.policy.version}`;
    byPolicy.set(key, [...(byPolicy.get(key) ?? []), `${c.parameter} ${valueText(c)}`]);
  }
  return [...byPolicy].map(([policy, parts]) => `${policy}: ${parts.join(', ')}`).join('; ');
};
