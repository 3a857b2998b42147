import {
  type ClaimId,
  type Deadline,
  type Instant,
  instantMillis,
  isOverdue,
  type Money,
  type ParcelId,
  type PartyId,
} from '@parcel-claims/core';
import { comparePositions } from '../per-claim/compare-positions.js';
import type { PayoutAcceptance, PayoutRow } from './payout-row.js';
import type { PayoutSlaWatch } from './payout-sla-watch.js';

/** An accepted claim still waiting for its payout. */
export interface AwaitingPayout {
  readonly parcelId: ParcelId;
  readonly claimId: ClaimId;
  readonly sellerId: PartyId;
  readonly insurerId: PartyId | null;
  readonly approvedAmount: Money;
  readonly acceptedAt: Instant;
  readonly payoutDue: Deadline;
  /** Whether `asOf` is past the payout due instant. */
  readonly overdue: boolean;
  /** Whether a deadline check has already recorded `PayoutOverdue`. */
  readonly overdueRecorded: boolean;
}

/** Which awaiting payouts to list, as of which instant. */
export interface AwaitingPayoutQuery {
  /** The instant "overdue" is judged at; the read model has no clock. */
  readonly asOf: Instant;
  readonly insurerId?: string;
  readonly overdueOnly?: boolean;
}

/** How paid claims kept to their payout due dates. */
export interface PayoutSla {
  readonly paidClaims: number;
  /** Paid no later than the due instant stored at acceptance. */
  readonly paidWithinDue: number;
  /** `paidWithinDue / paidClaims`; null before the first payout. */
  readonly shareWithinDue: number | null;
}

const awaiting = (row: PayoutRow): (PayoutRow & { readonly acceptance: PayoutAcceptance }) | undefined =>
  (row.status === 'accepted' || row.status === 'approved-partial') && row.acceptance !== null
    ? { ...row, acceptance: row.acceptance }
    : undefined;

/**
 * Accepted, unpaid claims with their due dates, `overdue` judged as of `query.asOf`; soonest due
 * first.
 *
 * @example
 * listAwaitingPayout(watch, { asOf: instantFromMillis(Date.now()), overdueOnly: true });
 */
export const listAwaitingPayout = (
  watch: PayoutSlaWatch,
  query: AwaitingPayoutQuery,
): readonly AwaitingPayout[] =>
  [...watch.claims.values()]
    .flatMap((row) => {
      const accepted = awaiting(row);
      return accepted === undefined ? [] : [accepted];
    })
    .filter((row) => query.insurerId === undefined || row.insurerId === query.insurerId)
    .sort(
      (a, b) =>
        instantMillis(a.acceptance.payoutDue.dueAt) - instantMillis(b.acceptance.payoutDue.dueAt) ||
        comparePositions(a.acceptance.acceptedPosition, b.acceptance.acceptedPosition),
    )
    .map(
      (row): AwaitingPayout => ({
        parcelId: row.parcelId,
        claimId: row.claimId,
        sellerId: row.sellerId,
        insurerId: row.insurerId,
        approvedAmount: row.acceptance.approvedAmount,
        acceptedAt: row.acceptance.acceptedAt,
        payoutDue: row.acceptance.payoutDue,
        overdue: isOverdue(row.acceptance.payoutDue, query.asOf),
        overdueRecorded: row.overdueRecorded,
      }),
    )
    .filter((entry) => query.overdueOnly !== true || entry.overdue);

/**
 * The share of paid claims paid within their payout due date (rule R9: by default 3 working
 * days after acceptance in the payer calendar).
 */
export const payoutSla = (watch: PayoutSlaWatch): PayoutSla => {
  let paidClaims = 0;
  let paidWithinDue = 0;
  for (const row of watch.claims.values()) {
    if (row.status !== 'paid' || row.acceptance === null || row.paidAt === null) continue;
    paidClaims += 1;
    if (!isOverdue(row.acceptance.payoutDue, row.paidAt)) paidWithinDue += 1;
  }
  return { paidClaims, paidWithinDue, shareWithinDue: paidClaims === 0 ? null : paidWithinDue / paidClaims };
};
