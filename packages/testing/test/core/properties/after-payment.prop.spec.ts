import type { ClaimEvent } from '@parcel-claims/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHistory, checkHistory } from '../../../src/index.js';

const histories = fc.oneof(
  arbHistory({ path: 'recovery' }),
  arbHistory({ path: 'found-after-payout' }),
  arbHistory({ path: 'happy-payout', noise: 20 }),
);

/** Paid, recovered (received) and repaid minor units, and the repayments in order of the finds. */
const tally = (events: readonly ClaimEvent[]) => {
  let paid = 0;
  let recovered = 0;
  let found = false;
  const repaidBeforeFound: string[] = [];
  let repayments = 0;
  for (const e of events) {
    if (e.type === 'ClaimPaid') paid += e.data.amount.minorUnits;
    if (e.type === 'RecoveryReceived') recovered += e.data.amount.minorUnits;
    if (e.type === 'ParcelFoundAfterPayout') found = true;
    if (e.type === 'ClaimRepaid') {
      repayments += 1;
      if (!found) repaidBeforeFound.push(e.data.commandId);
    }
  }
  return { paid, recovered, repayments, repaidBeforeFound };
};

describe('after payment, over reachable histories (N1–N4)', () => {
  it('never recovers more than was paid, repays at most once and only after the find, and every invariant holds', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const { paid, recovered, repayments, repaidBeforeFound } = tally(h.events);
        expect(recovered).toBeLessThanOrEqual(paid);
        expect(repayments).toBeLessThanOrEqual(1);
        expect(repaidBeforeFound).toEqual([]);
        expect(checkHistory(h.events)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('stores every notice and election due date at the end of a day in the payer calendar', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const calendar = h.state.coverage?.payerCalendar.id;
        for (const e of h.events) {
          const due =
            e.type === 'CarrierNotified' || e.type === 'CarrierNoticeMissed'
              ? e.data.noticeDue
              : e.type === 'ParcelFoundAfterPayout'
                ? e.data.electionDue
                : null;
          if (due === null) continue;
          expect(due.calendar.id).toBe(calendar);
          expect(due.basis.unit).toBe('calendar-days');
          expect(Date.parse(due.dueAt)).toBeGreaterThan(Date.parse(due.from));
        }
      }),
      { numRuns: 150 },
    );
  });
});
