import { arbHistory } from '@parcel-claims/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expressPolicy,
  keepsTheCatalogue,
  paysWithinFiveWorkingDays,
  waitsTwentyOneDays,
} from '../src/index.js';

describe('property-testing the express policy', () => {
  it('keeps every rule of the catalogue', () => fc.assert(keepsTheCatalogue, { numRuns: 200 }));
  it('makes payouts due 5 working days after acceptance', () =>
    fc.assert(paysWithinFiveWorkingDays, { numRuns: 200 }));
  it('waits 21 days for a loss inquiry unless tracking went silent for 7', () =>
    fc.assert(waitsTwentyOneDays, { numRuns: 200 }));
  it('waits 21 days for international parcels too (the history that found them waiting 14)', () =>
    fc.assert(waitsTwentyOneDays, { seed: 1101892946, path: '110', numRuns: 200 }));

  it('really runs claims under the express policy', () => {
    const accepted = fc
      .sample(arbHistory({ path: 'happy-payout', policy: expressPolicy }), { numRuns: 100, seed: 3 })
      .flatMap((h) => h.events)
      .filter((e) => e.type === 'InsurancePurchased' || e.type === 'ClaimAccepted');
    expect(accepted.length).toBeGreaterThan(0);
    for (const event of accepted)
      if (event.type === 'InsurancePurchased')
        expect(event.data.policy).toEqual({ id: 'parcel-express', version: 1 });
  });

  it('would catch the standard 3-day payout', () => {
    const standard = fc.property(arbHistory({ path: 'happy-payout' }), (history) => {
      for (const event of history.events)
        if (event.type === 'ClaimAccepted' && event.data.payoutDue.basis.count !== 5)
          throw new Error('not 5 working days');
    });
    expect(fc.check(standard, { numRuns: 100, seed: 1 }).failed).toBe(true);
  });
});
