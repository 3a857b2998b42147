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
import { fullLossDossier, type Step, scenarioStore, shipped } from './support/scenario.js';

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

const eur = (minorUnits: number) => ({ minorUnits, currency: 'EUR' });
const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' });

/** Two parcels of seller-a handed to sky-cargo, one valued and insured in CNY, the other in EUR, both lost and paid. */
const twoCurrencies: readonly Step[] = [
  ...shipped('PA', 'seller-a', 'sky-cargo', 5),
  ...shipped('PE', 'seller-a', 'sky-cargo', 6, 'EUR'),
  ...fullLossDossier('PA', 'sky-cargo', 20),
  ...fullLossDossier('PE', 'sky-cargo', 21),
  ...(['PA', 'PE'] as const).flatMap((parcelId, n): readonly Step[] => {
    const value = parcelId === 'PA' ? cny(1_000_000) : eur(90_000);
    const fields = {
      claimId: 'C1',
      provenValue: value,
      approvedAmount: value,
      carrierSettlement: null,
      salvageValue: null,
      rates: [],
      partialReason: null,
      payee: { role: 'seller', partyId: 'seller-a' },
      method: 'bank-transfer',
    };
    return [
      { parcelId, at: `2026-02-1${n}T02:00:00.000Z`, role: 'insurer', type: 'AcceptClaim', fields },
      {
        parcelId,
        at: `2026-02-1${n + 2}T02:00:00.000Z`,
        role: 'insurer',
        type: 'PayClaim',
        fields: {
          claimId: 'C1',
          amount: value,
          paymentReference: `PAY-${parcelId}`,
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      },
    ];
  }),
];

describe('statistics in several currencies', () => {
  it('keep one total per currency for a seller and a carrier paid in two, never summing them', async () => {
    const store = await scenarioStore(twoCurrencies);
    const paid = [
      { currency: 'CNY', minorUnits: 1_000_000n },
      { currency: 'EUR', minorUnits: 90_000n },
    ];
    expect(statisticsOfSeller(await project(store, sellerStatistics), 'seller-a')?.paid).toEqual(paid);
    expect(statisticsOfCarrier(await project(store, carrierLossStatistics), 'sky-cargo')).toEqual({
      carrierId: 'sky-cargo',
      lossClaims: 2,
      confirmedLosses: 2,
      paidClaims: 2,
      paid,
    });
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
