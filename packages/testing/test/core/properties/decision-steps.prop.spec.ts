import {
  builtInCalendars,
  type CalendarId,
  type ClaimEvent,
  countWorkingDays,
  defaultPolicy,
  type Instant,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { arbHistory } from '../../../src/index.js';
import {
  checkHistory,
  e1PayeeMatchesAcceptance,
  k2DecisionClock,
  k3Appeals,
} from '../../../src/invariants/index.js';

const histories = fc.oneof(
  arbHistory({ path: 'information-request' }),
  arbHistory({ path: 'appeal' }),
  arbHistory({ path: 'any' }),
);
const decisionDays = defaultPolicy.parameters.decisionAfterCompleteDossier.value;

/**
 * The working days the decision clock ran in each decision period (from a submission or a
 * reopening to the last due date stored), counted from the events alone: the spans it ran between
 * pauses, and the last span up to the due date.
 */
const clockSpans = (events: readonly ClaimEvent[]): number[] => {
  const totals: number[] = [];
  let runningSince: Instant | null = null;
  let used = 0;
  let calendarId: CalendarId | null = null;
  for (const event of events) {
    if (event.type === 'InsurancePurchased') calendarId = event.data.payerCalendar.id;
    const calendar =
      calendarId === null ? null : E.getOrElseW(() => null)(builtInCalendars.resolve(calendarId));
    if (calendar === null) continue;
    if (event.type === 'ClaimSubmitted' || event.type === 'ClaimReopened') {
      if (runningSince !== null) totals.pop();
      runningSince = event.data.at;
      used = 0;
      totals.push(countWorkingDays(calendar, event.data.at, event.data.decisionDue.dueAt));
    }
    if (event.type === 'InformationRequested' && runningSince !== null) {
      used += countWorkingDays(calendar, runningSince, event.data.at);
      runningSince = null;
    }
    if (event.type === 'InformationProvided') {
      runningSince = event.data.at;
      totals[totals.length - 1] =
        used + countWorkingDays(calendar, event.data.at, event.data.decisionDue.dueAt);
    }
  }
  return totals;
};

describe('the steps of a decision, over generated histories', () => {
  it('the decision clock excludes paused time exactly: the working days it runs are the policy number (K2)', () => {
    fc.assert(
      fc.property(histories, (history) => {
        for (const total of clockSpans(history.events)) expect(total).toBe(decisionDays);
        expect(checkHistory(history.events, { invariants: [k2DecisionClock] })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('appeals reopen a rejection within the window, at most the policy number of times (K3)', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const appeals = history.events.filter((event) => event.type === 'ClaimReopened');
        expect(appeals.length).toBeLessThanOrEqual(defaultPolicy.parameters.appealsAllowed.value);
        expect(checkHistory(history.events, { invariants: [k3Appeals] })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a payment goes to the payee, by the method, its acceptance named (E1)', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const accepted = new Map<string, string>();
        for (const event of history.events) {
          if (event.type === 'ClaimAccepted')
            accepted.set(event.data.claimId, JSON.stringify([event.data.payee, event.data.method]));
          if (event.type === 'ClaimPaid')
            expect(JSON.stringify([event.data.payee, event.data.method])).toBe(
              accepted.get(event.data.claimId),
            );
        }
        expect(checkHistory(history.events, { invariants: [e1PayeeMatchesAcceptance] })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
