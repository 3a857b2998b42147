import { formatPlain, money } from '@parcel-claims/core';
import type { BordereauLine } from './bordereau-query.js';

const header = [
  'certificate',
  'claim_id',
  'claim_type',
  'date_of_loss',
  'first_advice',
  'opened',
  'decided',
  'paid_at',
  'paid',
  'outstanding',
  'recovered',
  'original_currency',
  'settlement_currency',
];

/** A field as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, a quote or a line break. */
const field = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

const amount = (minorUnits: number, line: BordereauLine): string =>
  formatPlain(money(minorUnits, line.settlementCurrency));

/**
 * The bordereau as RFC 4180 CSV: a header line, one line per claim, CRLF after every line, amounts
 * as plain decimals exact to the minor unit of the settlement currency (`12800.00`, `1200` for JPY).
 */
export const bordereauCsv = (lines: readonly BordereauLine[]): string =>
  [
    header,
    ...lines.map((line) => [
      line.certificate,
      line.claimId,
      line.claimType,
      line.lossDate,
      line.firstAdviceAt,
      line.openedAt ?? '',
      line.decidedAt ?? '',
      line.paidAt ?? '',
      amount(line.paidMinorUnits, line),
      amount(line.outstandingMinorUnits, line),
      amount(line.recoveredMinorUnits, line),
      line.originalCurrency,
      line.settlementCurrency,
    ]),
  ]
    .map((values) => `${values.map(field).join(',')}\r\n`)
    .join('');
