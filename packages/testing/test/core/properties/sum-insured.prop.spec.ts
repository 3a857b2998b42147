import { type ClaimEvent, defaultPolicy, type Policy, policyBook, validatePolicy } from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { arbHistory, checkHistory, historyPaths } from '../../../src/index.js';
import { r7ApprovedWithinCap } from '../../../src/invariants/index.js';

const variant = (version: number, deductible: unknown): Policy => {
  const checked = validatePolicy({
    ...defaultPolicy,
    version,
    parameters: { ...defaultPolicy.parameters, deductible: { value: deductible, unit: 'deductible' } },
  });
  if (E.isLeft(checked)) throw new Error(checked.left.message);
  return checked.right;
};

/** The default policy, a deductible of CNY 25.00, and 2.5% of the limit with a CNY 10.00 minimum. */
const policies = [
  defaultPolicy,
  variant(2, { kind: 'amount', amount: { minorUnits: 2500, currency: 'CNY' } }),
  variant(3, { kind: 'percentage', percent: '2.5', minimum: { minorUnits: 1000, currency: 'CNY' } }),
];
const book = policyBook(policies);
const histories = fc.oneof(
  ...policies.flatMap((policy) => historyPaths.map((path) => arbHistory({ path, policy }))),
);

/** What each claim of a history was approved and paid, and the sum insured. */
const amountsOf = (events: readonly ClaimEvent[]) => {
  const approved = new Map<string, number>();
  const paid = new Map<string, number>();
  let insured = 0;
  for (const event of events) {
    if (event.type === 'InsurancePurchased') insured = event.data.insuredValue.minorUnits;
    if (event.type === 'ClaimAccepted')
      approved.set(event.data.claimId, event.data.approvedAmount.minorUnits);
    if (event.type === 'ClaimWithdrawn') approved.delete(event.data.claimId);
    if (event.type === 'ClaimPaid') paid.set(event.data.claimId, event.data.amount.minorUnits);
  }
  const sum = (values: Map<string, number>) => [...values.values()].reduce((a, b) => a + b, 0);
  return { insured, approved, paid, approvedTotal: sum(approved), paidTotal: sum(paid) };
};

describe('the sum insured is the limit, over generated histories', () => {
  it('nothing approved or paid, per claim or summed over the parcel, exceeds the sum insured', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const { insured, approved, paid, approvedTotal, paidTotal } = amountsOf(history.events);
        for (const amount of [...approved.values(), ...paid.values()])
          expect(amount).toBeLessThanOrEqual(insured);
        expect(approvedTotal).toBeLessThanOrEqual(insured);
        expect(paidTotal).toBeLessThanOrEqual(insured);
        expect(checkHistory(history.events, { policies: book, invariants: [r7ApprovedWithinCap] })).toEqual(
          [],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every rule of the catalogue under policies with deductibles', () => {
    fc.assert(
      fc.property(histories, (history) => {
        expect(checkHistory(history.events, { policies: book })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reaches parcels of several pieces, partial losses paid a share, coverages in another currency and deductibles', () => {
    const seen = { pieces: 0, share: 0, converted: 0, deductible: 0, percentage: 0 };
    for (const history of fc.sample(histories, { numRuns: 1500, seed: 18 })) {
      for (const event of history.events) {
        if (event.type === 'ParcelBooked' && event.data.pieces.length > 1) seen.pieces += 1;
        if (event.type === 'InsurancePurchased' && event.data.conversions.length > 0) seen.converted += 1;
        if (event.type === 'ClaimAccepted') {
          if (event.data.breakdown.insuredShare !== null) seen.share += 1;
          if (event.data.breakdown.deductible.amount.minorUnits > 0) seen.deductible += 1;
          if (event.data.breakdown.deductible.rule.kind === 'percentage') seen.percentage += 1;
        }
      }
    }
    console.log('sum insured coverage', seen);
    expect(Object.values(seen).every((count) => count > 0)).toBe(true);
  });
});
