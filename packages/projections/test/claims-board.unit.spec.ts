import { beforeAll, describe, expect, it } from 'vitest';
import { type ClaimsBoard, claimsBoard, countClaimsByStatus, findClaim, listClaims } from '../src/index.js';
import { project } from './support/project.js';
import { scenarioStore } from './support/scenario.js';

const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' });

const common = {
  insurerId: 'pacific-insurance',
  pieceIds: ['P1'],
  goodsValue: cny(1_280_000),
  insuredValue: cny(1_000_000),
  decisionOverdue: false,
  payoutOverdue: false,
};

/** The breakdown of a claim on a sum insured of CNY 10,000.00, no shipping covered, no deductible. */
const breakdown = (proven: number) => ({
  sumInsured: cny(1_000_000),
  insuredShare: null,
  provenLoss: cny(proven),
  provenConversions: [],
  coveredShippingCost: cny(0),
  limit: cny(Math.min(proven, 1_000_000)),
  deductible: { rule: { kind: 'none' }, amount: cny(0) },
  carrierSettlement: cny(0),
  salvage: cny(0),
  cap: cny(Math.min(proven, 1_000_000)),
});

const pd = {
  ...common,
  parcelId: 'PD',
  claimId: 'C1',
  sellerId: 'seller-b',
  claimType: 'damage',
  status: 'lapsed',
  approvedAmount: null,
  breakdown: null,
  paidAmount: null,
  openedAt: '2026-01-13T08:00:00.000Z',
  updatedAt: '2026-02-20T08:00:00.000Z',
};
const pa = {
  ...common,
  parcelId: 'PA',
  claimId: 'C1',
  sellerId: 'seller-a',
  claimType: 'loss',
  status: 'paid',
  approvedAmount: cny(1_000_000),
  breakdown: breakdown(1_000_000),
  paidAmount: cny(1_000_000),
  openedAt: '2026-01-20T01:00:00.000Z',
  updatedAt: '2026-02-24T06:00:00.000Z',
};
const pc = {
  ...common,
  parcelId: 'PC',
  claimId: 'C1',
  sellerId: 'seller-a',
  claimType: 'loss',
  status: 'accepted',
  approvedAmount: cny(900_000),
  breakdown: breakdown(900_000),
  paidAmount: null,
  openedAt: '2026-01-22T01:00:00.000Z',
  updatedAt: '2026-02-02T02:00:00.000Z',
};
const pb = {
  ...common,
  parcelId: 'PB',
  claimId: 'C1',
  sellerId: 'seller-b',
  claimType: 'loss',
  status: 'gathering-documents',
  approvedAmount: null,
  breakdown: null,
  paidAmount: null,
  openedAt: '2026-01-23T01:00:00.000Z',
  updatedAt: '2026-01-24T02:00:00.000Z',
};

describe('claims board', () => {
  let board: ClaimsBoard;
  beforeAll(async () => {
    board = await project(await scenarioStore(), claimsBoard);
  });

  it('lists every claim with parcel, seller, type, pieces, status, amounts, breakdown and times, in the order opened', () => {
    expect(listClaims(board)).toEqual([pd, pa, pc, pb]);
  });

  it('filters by status, type, seller and parcel', () => {
    expect(listClaims(board, { status: 'accepted' })).toEqual([pc]);
    expect(listClaims(board, { claimType: 'damage' })).toEqual([pd]);
    expect(listClaims(board, { sellerId: 'seller-a' })).toEqual([pa, pc]);
    expect(listClaims(board, { sellerId: 'seller-b', status: 'lapsed' })).toEqual([pd]);
    expect(listClaims(board, { parcelId: 'PB' })).toEqual([pb]);
    expect(listClaims(board, { parcelId: 'PX' })).toEqual([]);
  });

  it('finds one claim of a parcel', () => {
    expect(findClaim(board, 'PC', 'C1')).toEqual(pc);
    expect(findClaim(board, 'PC', 'C2')).toBeNull();
  });

  it('counts claims by status', () => {
    expect(countClaimsByStatus(board)).toEqual({
      'gathering-documents': 1,
      submitted: 0,
      'needs-action': 0,
      accepted: 1,
      'approved-partial': 0,
      paid: 1,
      rejected: 0,
      lapsed: 1,
      withdrawn: 0,
    });
  });
});
