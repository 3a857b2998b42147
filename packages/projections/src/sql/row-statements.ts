import type { Column } from './row-mapping.js';
import type { BatchWrite } from './sql-batch.js';

/** How a batch reads a table's rows of its parcels and writes changed rows back. */
export interface RowStatements {
  /** An SQL expression: the JSON text of an array of the rows of the parcels in `$1` (an array of stream ids). */
  readonly read: string;
  /** Inserts the rows given, or updates them on their key. */
  readonly upsert: BatchWrite;
}

/**
 * Statements over `qualified`, keyed by `keys`. Rows travel as JSON (read with
 * `json_build_object`, bigint columns as text; written with `json_populate_recordset` of the
 * table's own row type), so a batch's rows of a table take one expression each way whatever
 * their number.
 */
export const rowStatements = (
  qualified: string,
  keys: readonly string[],
  columns: readonly Column[],
): RowStatements => {
  const all = [...keys, ...columns.map((column) => column.name)];
  const read = [
    ...keys.map((key) => `'${key}', ${key}`),
    ...columns.map(
      (column) => `'${column.name}', ${column.type === 'bigint' ? `${column.name}::text` : column.name}`,
    ),
  ];
  return {
    read: `(SELECT coalesce(json_agg(json_build_object(${read.join(', ')})), '[]')::text FROM ${qualified}
            WHERE stream_id = ANY ($1::text[]))`,
    upsert: (rows) => `INSERT INTO ${qualified} (${all.join(', ')})
             SELECT ${all.join(', ')} FROM json_populate_recordset(NULL::${qualified}, ${rows})
             ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${columns.map((column) => `${column.name} = EXCLUDED.${column.name}`).join(', ')}`,
  };
};
