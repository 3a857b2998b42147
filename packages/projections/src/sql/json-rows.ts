import { decodeError } from '@parcel-claims/core';
import type { SqlRow } from '@parcel-claims/postgres';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { UnexpectedReadModelRow } from './unexpected-read-model-row.js';

const decodeValue = <A>(table: string, field: string, value: unknown, codec: t.Decoder<unknown, A>): A => {
  const decoded = codec.decode(value);
  if (E.isLeft(decoded)) {
    throw new UnexpectedReadModelRow({ table, reason: decodeError(field, decoded.left).message });
  }
  return decoded.right;
};

/**
 * Decodes the JSON text column `field` of each row with `codec`. The queries build their answers
 * as JSON in SQL (`json_build_object(…)::text`), so one codec checks every field whatever driver
 * returned it, and branded values (instants, ids, money) come back as the same types the pure
 * queries give.
 */
export const decodeJsonRows = <A>(
  table: string,
  rows: readonly SqlRow[],
  field: string,
  codec: t.Decoder<unknown, A>,
): readonly A[] =>
  rows.map((row) => {
    const text = row[field];
    if (typeof text !== 'string') {
      throw new UnexpectedReadModelRow({ table, reason: `${field} is not JSON text` });
    }
    return decodeValue(table, field, JSON.parse(text), codec);
  });

/** Decodes rows of `table` sent as the JSON text of one array (`json_agg(…)::text`), each with `codec`. */
export const decodeJsonText = <A>(
  table: string,
  text: string,
  codec: t.Decoder<unknown, A>,
): readonly A[] => {
  const rows: unknown = JSON.parse(text);
  if (!Array.isArray(rows))
    throw new UnexpectedReadModelRow({ table, reason: 'the rows are not a JSON array' });
  return rows.map((row, index) => decodeValue(table, `[${index}]`, row, codec));
};
