import { type ClaimEventType, type CurrencyCode, formatMoney, type Money, money } from '@parcel-claims/core';
import { collect, millis, parametersOf } from './collect.js';
import type { Invariant } from './invariant.js';
import { type ClaimPhase, claimBefore, isClosedPhase, type ParcelView } from './view.js';

const big = (n: number): bigint => BigInt(n);

/** An amount as a person reads it (`CNY 12,980.00`); a sum beyond the safe range in minor units. */
const shown = (minorUnits: bigint | number, currency: CurrencyCode): string => {
  const safe = big(Number.MAX_SAFE_INTEGER);
  const minor =
    typeof minorUnits === 'number'
      ? minorUnits
      : minorUnits >= 0n && minorUnits <= safe
        ? Number(minorUnits)
        : -1;
  return Number.isSafeInteger(minor) && minor >= 0
    ? formatMoney(money(minor, currency))
    : `${minorUnits} minor units of ${currency}`;
};

/** R7: the approved amount, its breakdown and its currency. */
export const r7ApprovedWithinCap: Invariant = {
  rule: 'R7',
  statement:
    "the approved amount is positive and at most the cap = min(sum insured or insured share, proven loss) − deductible − carrier settlement − salvage, in the coverage currency; nothing approved or paid, per claim or summed over the parcel's claims, ever exceeds the sum insured",
  check: collect('R7', (event, before) => {
    if (event.type === 'ClaimPaid')
      return paidWithinSumInsured(event.data.claimId, event.data.amount, before);
    if (event.type !== 'ClaimAccepted' || before.coverage === null || before.booking === null)
      return undefined;
    const { approvedAmount: approved, breakdown } = event.data;
    const coverage = before.coverage;
    const currency = coverage.insuredValue.currency;
    const insured = coverage.insuredValue.minorUnits;
    const bound = breakdown.insuredShare === null ? insured : breakdown.insuredShare.share.minorUnits;
    const limit = big(Math.min(bound, breakdown.provenLoss.minorUnits));
    const net =
      limit -
      big(breakdown.deductible.amount.minorUnits) -
      big(breakdown.carrierSettlement.minorUnits) -
      big(breakdown.salvage.minorUnits);
    const cap = net > 0n ? net : 0n;
    const found: string[] = [];
    const amounts = [
      approved,
      breakdown.sumInsured,
      breakdown.provenLoss,
      breakdown.coveredShippingCost,
      breakdown.limit,
      breakdown.deductible.amount,
      breakdown.carrierSettlement,
      breakdown.salvage,
      breakdown.cap,
    ];
    if (amounts.some((m) => m.currency !== currency)) found.push(`an amount is not in ${currency}`);
    if (breakdown.sumInsured.minorUnits !== insured) found.push('the breakdown does not match the coverage');
    if (big(breakdown.limit.minorUnits) !== limit)
      found.push(
        `the limit is ${shown(breakdown.limit.minorUnits, currency)}, should be ${shown(limit, currency)}`,
      );
    if (big(breakdown.cap.minorUnits) !== cap)
      found.push(
        `the cap is ${shown(breakdown.cap.minorUnits, currency)}, should be ${shown(cap, currency)}`,
      );
    if (approved.minorUnits <= 0) found.push('approved amount is not positive');
    if (big(approved.minorUnits) > cap)
      found.push(`approved ${shown(approved.minorUnits, currency)} above the cap ${shown(cap, currency)}`);
    if (approved.minorUnits > insured)
      found.push(
        `approved ${shown(approved.minorUnits, currency)} above the sum insured ${shown(insured, currency)}`,
      );
    const approvedBefore = sumOver(before, event.data.claimId, ['accepted', 'paid']);
    if (approvedBefore > 0n && approvedBefore + big(approved.minorUnits) > big(insured))
      found.push(
        `approved ${shown(approved.minorUnits, currency)} with ${shown(approvedBefore, currency)} approved on other claims: above the sum insured ${shown(insured, currency)}`,
      );
    return found;
  }),
};

/** The approved amounts of the parcel's other claims in the given phases, summed. */
const sumOver = (view: ParcelView, except: string, phases: readonly ClaimPhase[]): bigint => {
  let sum = 0n;
  for (const claim of view.claims.values())
    if (claim.claimId !== except && phases.includes(claim.phase) && claim.approved !== null)
      sum += big(claim.approved.minorUnits);
  return sum;
};

/** R7: a payment, with what the parcel's other claims were paid, stays within the sum insured. */
const paidWithinSumInsured = (claimId: string, amount: Money, before: ParcelView): string | undefined => {
  if (before.coverage === null) return undefined;
  const { currency } = before.coverage.insuredValue;
  const insured = big(before.coverage.insuredValue.minorUnits);
  const paidBefore = sumOver(before, claimId, ['paid']);
  return paidBefore > 0n && paidBefore + big(amount.minorUnits) > insured
    ? `paid ${shown(amount.minorUnits, currency)} with ${shown(paidBefore, currency)} paid on other claims: above the sum insured ${shown(insured, currency)}`
    : undefined;
};

/** R8: paid once, exactly the approved amount, after acceptance. */
export const r8PaidOnce: Invariant = {
  rule: 'R8',
  statement: 'a claim is paid at most once, exactly the approved amount, only after acceptance',
  check: collect('R8', (event, before) => {
    if (event.type !== 'ClaimPaid') return undefined;
    const claim = claimBefore(before, event);
    if (claim !== undefined && claim.paid > 0) return 'paid twice';
    if (claim === undefined || claim.phase !== 'accepted' || claim.approved === null)
      return 'paid without acceptance';
    const { amount } = event.data;
    return amount.minorUnits === claim.approved.minorUnits && amount.currency === claim.approved.currency
      ? undefined
      : `paid ${amount.minorUnits} ${amount.currency}, approved ${claim.approved.minorUnits} ${claim.approved.currency}`;
  }),
};

/** R9: the payout due date's terms, and the overdue flag iff unpaid after it. */
export const r9PayoutDueDate: Invariant = {
  rule: 'R9',
  statement:
    'payout is due N working days after acceptance in the payer calendar; overdue is flagged iff unpaid after that date',
  check: (history, context) =>
    collect('R9', (event, before) => {
      if (event.type === 'ClaimAccepted') {
        const due = event.data.payoutDue;
        const p = parametersOf(before, context);
        if (due.basis.unit !== 'working-days' || due.basis.count !== p?.payoutAfterAcceptance.value)
          return 'the payout due date is not the policy number of working days';
        if (due.from !== event.data.at) return 'the payout due date does not count from the acceptance';
        return due.calendar.id === before.coverage?.payerCalendar.id
          ? undefined
          : 'counted in another calendar than the payer';
      }
      if (event.type !== 'PayoutOverdue') return undefined;
      const claim = claimBefore(before, event);
      if (claim === undefined || claim.phase !== 'accepted' || claim.payoutDue === null)
        return 'overdue flagged on a claim not awaiting payout';
      if (claim.payoutOverdueFlagged) return 'overdue flagged twice';
      if (event.data.dueAt !== claim.payoutDue.dueAt) return 'overdue names another due date';
      return millis(event.data.at) > millis(claim.payoutDue.dueAt)
        ? undefined
        : 'overdue flagged before the due date';
    })(history),
};

/**
 * The phases of the current claim each event may follow; null for an event that is not a step of
 * an existing claim (shipment facts, and the inquiry that opens one).
 */
const allowedPhases: { readonly [T in ClaimEventType]: readonly ClaimPhase[] | null } = {
  ParcelBooked: null,
  InsurancePurchased: null,
  ParcelPickedUp: null,
  ParcelReceivedAtHub: null,
  ParcelShipped: null,
  ParcelHandedToCarrier: null,
  TrackingUpdated: null,
  ParcelDelivered: null,
  InquiryOpened: null,
  DocumentAttached: ['gathering'],
  LossConfirmed: ['gathering'],
  DocumentDeadlineExtended: ['gathering'],
  DocumentRejected: ['gathering', 'submitted'],
  ClaimSubmitted: ['gathering'],
  InformationRequested: ['submitted'],
  InformationProvided: ['needs-action'],
  ClaimAccepted: ['submitted'],
  ClaimRejected: ['submitted'],
  ClaimReopened: ['rejected'],
  ClaimPaid: ['accepted'],
  DecisionOverdue: ['submitted'],
  ClaimLapsed: ['gathering'],
  ClaimWithdrawn: ['gathering', 'submitted', 'needs-action', 'accepted'],
  PayoutOverdue: ['accepted'],
  CarrierNotified: ['accepted', 'paid'],
  CarrierNoticeMissed: ['accepted', 'paid'],
  CarrierLiabilityAssessed: ['accepted', 'paid'],
  RecoveryFiled: ['paid'],
  RecoveryReceived: ['paid'],
  RecoveryClosed: ['paid'],
  ParcelFoundAfterPayout: ['paid'],
  ClaimRepaid: ['paid'],
  GoodsSurrendered: ['paid'],
  SalvageElectionOverdue: ['paid'],
  DelegationGranted: null,
  DelegationRevoked: null,
};

const lossClaimOpenAfterDelivery = (before: ParcelView): boolean =>
  before.deliveredAt !== null &&
  before.current !== null &&
  before.current.claimType === 'loss' &&
  !isClosedPhase(before.current.phase) &&
  millis(before.current.openedAt) <= millis(before.deliveredAt);

/** K1: claim events name the current claim and follow gather → submit → decide; a delivery ends a loss claim. */
export const k1ClaimLifecycle: Invariant = {
  rule: 'K1',
  statement:
    'claim events name the current claim, in the order gathering, submitted, decided; a delivery ends an open loss claim',
  check: (history, context) =>
    collect('K1', (event, before) => {
      if (
        lossClaimOpenAfterDelivery(before) &&
        !(event.type === 'ClaimWithdrawn' && event.data.reason === 'parcel-delivered')
      )
        return 'a loss claim stayed open after the parcel was delivered';
      if (!('claimId' in event.data) || event.type === 'InquiryOpened') return undefined;
      if (before.current?.claimId !== event.data.claimId)
        return `${event.type} for ${event.data.claimId}, not the current claim`;
      const phases = allowedPhases[event.type];
      if (phases !== null && !phases.includes(before.current.phase))
        return `${event.type} while ${before.current.phase}`;
      if (event.type === 'ClaimSubmitted') {
        const due = event.data.decisionDue;
        const p = parametersOf(before, context);
        return due.from === event.data.at &&
          due.basis.unit === 'working-days' &&
          due.basis.count === p?.decisionAfterCompleteDossier.value
          ? undefined
          : 'the decision due date is not the policy number of working days';
      }
      if (event.type === 'DecisionOverdue') {
        const due = before.current.decisionDue;
        if (due === null || before.current.decisionOverdueFlagged || event.data.dueAt !== due.dueAt)
          return 'decision overdue flagged wrongly';
        return millis(event.data.at) > millis(due.dueAt) ? undefined : 'decision overdue before its due date';
      }
      return undefined;
    })(history),
};

/** R11: nothing happens to a claim once it is paid, rejected, lapsed or withdrawn, but an appeal reopening a rejection. */
export const r11TerminalStatesAbsorb: Invariant = {
  rule: 'R11',
  statement:
    'after paid, rejected, lapsed or withdrawn, a claim does not change; a paid claim only takes the follow-ups N1 to N4 allow, and an appeal may reopen a rejection (K3)',
  check: collect('R11', (event, before) => {
    if (!('claimId' in event.data) || event.type === 'InquiryOpened' || event.type === 'ClaimReopened')
      return undefined;
    const claim = claimBefore(before, event);
    const followUp = allowedPhases[event.type]?.includes('paid') === true;
    return claim !== undefined && isClosedPhase(claim.phase) && !(followUp && claim.phase === 'paid')
      ? `${event.type} on a ${claim.phase} claim`
      : undefined;
  }),
};
