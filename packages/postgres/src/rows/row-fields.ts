import type { SqlRow } from '../sql-executor.js';
import { UnexpectedRow } from './unexpected-row.js';

// Drivers differ in how they return bigint and json columns, so queries select those as text and
// these checks turn each field into its type without trusting the driver.

const integerText = /^-?\d+$/;

/** A text column. */
export const textField = (row: SqlRow, field: string): string => {
  const value = row[field];
  if (typeof value !== 'string') throw new UnexpectedRow({ field, expected: 'text', found: value });
  return value;
};

/** A text column that may be NULL. */
export const nullableTextField = (row: SqlRow, field: string): string | null =>
  row[field] === null ? null : textField(row, field);

/** A bigint column selected as text (`column::text`). */
export const bigintField = (row: SqlRow, field: string): bigint => {
  const value = row[field];
  if (typeof value !== 'string' || !integerText.test(value)) {
    throw new UnexpectedRow({ field, expected: 'a bigint as text', found: value });
  }
  return BigInt(value);
};

/** A bigint column selected as text that may be NULL. */
export const nullableBigintField = (row: SqlRow, field: string): bigint | null =>
  row[field] === null ? null : bigintField(row, field);

/** An integer (int2/int4) column, which both drivers return as a number. */
export const integerField = (row: SqlRow, field: string): number => {
  const value = row[field];
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new UnexpectedRow({ field, expected: 'an integer', found: value });
  }
  return value;
};

/** A json column selected as text (`column::text`), parsed. */
export const jsonField = (row: SqlRow, field: string): unknown => JSON.parse(textField(row, field));
