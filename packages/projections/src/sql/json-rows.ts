import { decodeError } from '@parcel-claims/core';
import type { SqlRow } from '@parcel-claims/postgres';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { UnexpectedReadModelRow } from './unexpected-read-model-row.js';

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
    const decoded = codec.decode(JSON.parse(text));
    if (E.isLeft(decoded)) {
      throw new UnexpectedReadModelRow({ table, reason: decodeError(field, decoded.left).message });
    }
    return decoded.right;
  });
