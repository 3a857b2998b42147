import { countWorkingDays, type Instant, notRecorded, type RecordedPayee } from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import { collect, DAY_MS, millis, parametersOf } from './collect.js';
import type { Invariant, InvariantContext } from './invariant.js';
import { claimBefore, type ParcelView } from './view.js';

/** Working days of the payer calendar from `from` to `to`, or undefined without that calendar's data. */
const workingDaysBetween = (
  view: ParcelView,
  context: InvariantContext,
  from: Instant,
  to: Instant,
): number | undefined => {
  if (view.coverage === null) return undefined;
  const calendar = context.calendars.resolve(view.coverage.payerCalendar.id);
  return E.isRight(calendar) && calendar.right.version === view.coverage.payerCalendar.version
    ? countWorkingDays(calendar.right, from, to)
    : undefined;
};

/**
 * K2: the decision clock excludes paused time exactly. A request stores the working days used
 * before it (those used until the clock last ran again, plus the payer calendar's working days
 * since), fewer than the policy's; the answer's due date counts exactly the days left from the
 * answer. So the working days the clock ran, summed over its running spans, are the policy's.
 */
export const k2DecisionClock: Invariant = {
  rule: 'K2',
  statement:
    "the decision clock pauses while information is requested: the working days it runs, summed over its spans, are the policy's decisionAfterCompleteDossier",
  check: (history, context) =>
    collect('K2', (event, before) => {
      if (event.type !== 'InformationRequested' && event.type !== 'InformationProvided') return undefined;
      const claim = claimBefore(before, event);
      const days = parametersOf(before, context)?.decisionAfterCompleteDossier.value;
      if (claim === undefined || days === undefined) return undefined;
      if (event.type === 'InformationProvided') {
        const due = event.data.decisionDue;
        if (due.from !== event.data.at) return 'the resumed decision due date does not count from the answer';
        return due.basis.unit === 'working-days' && due.basis.count === days - claim.clockDaysUsed
          ? undefined
          : `the clock resumed with ${due.basis.count} working days; ${days - claim.clockDaysUsed} were left`;
      }
      if (claim.clockRunningSince === null) return 'a request while the clock was already paused';
      const since = workingDaysBetween(before, context, claim.clockRunningSince, event.data.at);
      if (since === undefined) return undefined;
      const used = claim.clockDaysUsed + since;
      if (event.data.decisionDaysUsed !== used)
        return `the request records ${event.data.decisionDaysUsed} working days used; the clock ran ${used}`;
      return used < days ? undefined : `a request after the clock ran out (${used} of ${days} working days)`;
    })(history),
};

/** K3: each appeal reopens a rejection within the window, numbered in turn, at most the policy's number. */
export const k3Appeals: Invariant = {
  rule: 'K3',
  statement: 'a rejection is appealed within appealWindow days, at most appealsAllowed times per claim',
  check: (history, context) =>
    collect('K3', (event, before) => {
      if (event.type !== 'ClaimReopened') return undefined;
      const claim = claimBefore(before, event);
      const p = parametersOf(before, context);
      if (claim === undefined || p === undefined) return undefined;
      const found: string[] = [];
      if (event.data.appeal !== claim.appeals + 1)
        found.push(`appeal ${event.data.appeal} after ${claim.appeals}`);
      if (event.data.appeal > p.appealsAllowed.value)
        found.push(`appeal ${event.data.appeal} of ${p.appealsAllowed.value} allowed`);
      if (
        claim.rejectedAt !== null &&
        millis(event.data.at) - millis(claim.rejectedAt) > p.appealWindow.value * DAY_MS
      )
        found.push(`appealed more than ${p.appealWindow.value} days after the rejection`);
      if (event.data.documents.length === 0) found.push('an appeal without new documents');
      return found;
    })(history),
};

const samePayee = (a: RecordedPayee, b: RecordedPayee): boolean =>
  a.role === b.role && a.partyId === b.partyId;

/** E1: the payment goes to the payee, by the method, the acceptance named (unless it named none). */
export const e1PayeeMatchesAcceptance: Invariant = {
  rule: 'E1',
  statement: 'a payment goes to the payee by the method its acceptance named',
  check: collect('E1', (event, before) => {
    if (event.type !== 'ClaimPaid') return undefined;
    const claim = claimBefore(before, event);
    if (claim === undefined || claim.payee === null || claim.method === null) return undefined;
    return [
      claim.payee.role === notRecorded || samePayee(claim.payee, event.data.payee)
        ? undefined
        : 'paid to another payee than the acceptance named',
      claim.method === notRecorded || claim.method === event.data.method
        ? undefined
        : `paid by ${event.data.method}; the acceptance named ${claim.method}`,
    ];
  }),
};
