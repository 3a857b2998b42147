import type { CurrencyCode, Instant } from '@parcel-claims/core';
import type { BordereauRow } from './bordereau-row.js';
import type { ClaimsBordereau } from './claims-bordereau.js';

/** A calendar month, `2026-02`, in UTC. */
export type BordereauMonth = string;

/** One line of an insurer's monthly bordereau: the claim with its figures as at the end of the month. */
export interface BordereauLine {
  readonly certificate: string;
  readonly claimId: string;
  readonly claimType: string;
  readonly lossDate: string;
  readonly firstAdviceAt: Instant;
  readonly openedAt: Instant | null;
  readonly decidedAt: Instant | null;
  readonly paidAt: Instant | null;
  /** Minor units of the settlement currency, as at the end of the month. */
  readonly paidMinorUnits: number;
  readonly outstandingMinorUnits: number;
  readonly recoveredMinorUnits: number;
  readonly originalCurrency: CurrencyCode;
  readonly settlementCurrency: CurrencyCode;
}

/** Sums of a bordereau, one per settlement currency (never summed across currencies). */
export interface BordereauTotal {
  readonly currency: CurrencyCode;
  readonly paidMinorUnits: number;
  readonly outstandingMinorUnits: number;
  readonly recoveredMinorUnits: number;
}

const inMonth = (instant: Instant | null, month: BordereauMonth): boolean =>
  instant?.startsWith(month) === true;

const byMonthEnd = (instant: Instant | null, month: BordereauMonth): boolean =>
  instant !== null && instant.slice(0, 7) <= month;

/** The claim's figures as at the end of `month`. */
const lineOf = (row: BordereauRow, month: BordereauMonth): BordereauLine => {
  const paid = byMonthEnd(row.paidAt, month) ? (row.paidAmount?.minorUnits ?? 0) : 0;
  const approved =
    row.decision === 'accepted' && byMonthEnd(row.decidedAt, month)
      ? (row.approvedAmount?.minorUnits ?? 0)
      : 0;
  const ended = byMonthEnd(row.endedAt, month);
  return {
    certificate: row.certificate,
    claimId: row.claimId,
    claimType: row.claimType,
    lossDate: row.firstAdviceAt.slice(0, 10),
    firstAdviceAt: row.firstAdviceAt,
    openedAt: row.openedAt,
    decidedAt: row.decidedAt,
    paidAt: row.paidAt,
    paidMinorUnits: paid,
    outstandingMinorUnits: ended || paid > 0 ? 0 : approved,
    recoveredMinorUnits: row.recoveries
      .filter((r) => byMonthEnd(r.at, month))
      .reduce((sum, r) => sum + r.minorUnits, 0),
    originalCurrency: row.originalCurrency,
    settlementCurrency: row.settlementCurrency,
  };
};

/**
 * The insurer's bordereau for `month` (`2026-02`, UTC): every claim whose first advice, opening,
 * decision or payment falls in the month, with paid, outstanding and recovered as at the month's end, in
 * the order of first advice.
 *
 * @example
 * bordereauLines(sink.readModel(), 'pacific-insurance', '2026-02');
 */
export const bordereauLines = (
  bordereau: ClaimsBordereau,
  insurerId: string,
  month: BordereauMonth,
): readonly BordereauLine[] =>
  [...bordereau.claims.values()]
    .filter(
      (row) =>
        row.insurerId === insurerId &&
        [row.firstAdviceAt, row.openedAt, row.decidedAt, row.paidAt].some((at) => inMonth(at, month)),
    )
    .sort((a, b) => (a.firstAdviceAt < b.firstAdviceAt ? -1 : a.firstAdviceAt > b.firstAdviceAt ? 1 : 0))
    .map((row) => lineOf(row, month));

/** The bordereau's sums per settlement currency, in the order the currencies first appear. */
export const bordereauTotals = (lines: readonly BordereauLine[]): readonly BordereauTotal[] => {
  const totals = new Map<CurrencyCode, BordereauTotal>();
  for (const line of lines) {
    const total = totals.get(line.settlementCurrency) ?? {
      currency: line.settlementCurrency,
      paidMinorUnits: 0,
      outstandingMinorUnits: 0,
      recoveredMinorUnits: 0,
    };
    totals.set(line.settlementCurrency, {
      currency: line.settlementCurrency,
      paidMinorUnits: total.paidMinorUnits + line.paidMinorUnits,
      outstandingMinorUnits: total.outstandingMinorUnits + line.outstandingMinorUnits,
      recoveredMinorUnits: total.recoveredMinorUnits + line.recoveredMinorUnits,
    });
  }
  return [...totals.values()];
};
