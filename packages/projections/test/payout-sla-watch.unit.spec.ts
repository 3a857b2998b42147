import { beforeAll, describe, expect, it } from 'vitest';
import { listAwaitingPayout, type PayoutSlaWatch, payoutSla, payoutSlaWatch } from '../src/index.js';
import { instant, project } from './support/project.js';
import { scenarioStore } from './support/scenario.js';

const pcAwaiting = (overdue: boolean) => ({
  parcelId: 'PC',
  claimId: 'C1',
  sellerId: 'seller-a',
  insurerId: 'pacific-insurance',
  approvedAmount: { minorUnits: 900_000, currency: 'CNY' },
  acceptedAt: '2026-02-02T02:00:00.000Z',
  payoutDue: {
    from: '2026-02-02T02:00:00.000Z',
    dueAt: '2026-02-05T15:59:59.999Z',
    localDate: '2026-02-05',
    basis: { unit: 'working-days', count: 3 },
    calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
    weekendsOnlyFallback: false,
  },
  overdue,
  overdueRecorded: false,
});

describe('payout SLA watch', () => {
  let watch: PayoutSlaWatch;
  beforeAll(async () => {
    watch = await project(await scenarioStore(), payoutSlaWatch);
  });

  it('lists accepted, unpaid claims with the due date stored at acceptance, due until its last millisecond', () => {
    expect(listAwaitingPayout(watch, { asOf: instant('2026-02-05T15:59:59.999Z') })).toEqual([
      pcAwaiting(false),
    ]);
    expect(listAwaitingPayout(watch, { asOf: instant('2026-02-05T16:00:00.000Z') })).toEqual([
      pcAwaiting(true),
    ]);
  });

  it('filters by insurer and to overdue claims', () => {
    expect(
      listAwaitingPayout(watch, { asOf: instant('2026-02-03T00:00:00.000Z'), overdueOnly: true }),
    ).toEqual([]);
    expect(
      listAwaitingPayout(watch, { asOf: instant('2026-02-03T00:00:00.000Z'), insurerId: 'other' }),
    ).toEqual([]);
    expect(
      listAwaitingPayout(watch, {
        asOf: instant('2026-02-03T00:00:00.000Z'),
        insurerId: 'pacific-insurance',
      }),
    ).toEqual([pcAwaiting(false)]);
  });

  it('a payout across the Spring Festival is still within 3 working days (due 25 Feb, paid 24 Feb)', () => {
    expect(payoutSla(watch)).toEqual({ paidClaims: 1, paidWithinDue: 1, shareWithinDue: 1 });
  });

  it('has no share before the first payout', () => {
    expect(payoutSla(payoutSlaWatch.initial)).toEqual({
      paidClaims: 0,
      paidWithinDue: 0,
      shareWithinDue: null,
    });
  });
});
