import { money } from '@parcel-claims/core';
import { describe, expect, it } from 'vitest';
import {
  carrierLossStatistics,
  listCarrierLossStatistics,
  listSellerStatistics,
  median,
  sellerStatistics,
  statisticsOfCarrier,
  statisticsOfSeller,
  totalsByCurrency,
} from '../src/index.js';
import { project } from './support/project.js';
import { scenarioStore } from './support/scenario.js';

describe('per-seller statistics', () => {
  it('counts claims, payouts, rejections, lapses and withdrawals; totals paid amounts; the median time to payout', async () => {
    const model = await project(await scenarioStore(), sellerStatistics);
    const sellerA = {
      sellerId: 'seller-a',
      claims: 2,
      paidClaims: 1,
      rejections: 0,
      lapses: 0,
      withdrawals: 0,
      paid: [{ currency: 'CNY', minorUnits: 1_000_000n }],
      // 20 Jan 01:00 to 24 Feb 06:00 UTC: 35 days and 5 hours.
      medianInquiryToPayoutMs: (35 * 24 + 5) * 3_600_000,
    };
    const sellerB = {
      sellerId: 'seller-b',
      claims: 2,
      paidClaims: 0,
      rejections: 0,
      lapses: 1,
      withdrawals: 0,
      paid: [],
      medianInquiryToPayoutMs: null,
    };
    expect(listSellerStatistics(model)).toEqual([sellerA, sellerB]);
    expect(statisticsOfSeller(model, 'seller-b')).toEqual(sellerB);
    expect(statisticsOfSeller(model, 'seller-z')).toBeNull();
  });
});

describe('per-carrier loss statistics', () => {
  it('counts loss claims and confirmed losses and totals payouts per carrier; damage claims do not count', async () => {
    const model = await project(await scenarioStore(), carrierLossStatistics);
    const skyCargo = {
      carrierId: 'sky-cargo',
      lossClaims: 2,
      confirmedLosses: 1,
      paidClaims: 1,
      paid: [{ currency: 'CNY', minorUnits: 1_000_000n }],
    };
    expect(listCarrierLossStatistics(model)).toEqual([
      { carrierId: 'sea-freight', lossClaims: 1, confirmedLosses: 1, paidClaims: 0, paid: [] },
      skyCargo,
    ]);
    expect(statisticsOfCarrier(model, 'sky-cargo')).toEqual(skyCargo);
    expect(statisticsOfCarrier(model, 'unknown')).toBeNull();
  });
});

describe('statistics helpers', () => {
  it('median of none, odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('totals per currency in bigint, beyond what a number holds exactly', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(totalsByCurrency([money(max, 'USD'), money(5, 'CNY'), money(max, 'USD')])).toEqual([
      { currency: 'CNY', minorUnits: 5n },
      { currency: 'USD', minorUnits: 2n * BigInt(max) },
    ]);
  });
});
