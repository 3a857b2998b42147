import type { SqlExecutor } from '@parcel-claims/postgres';
import type { Column } from './row-mapping.js';

/** The statements that read the rows of a batch's parcels and write changed rows back. */
export interface RowStatements {
  /** `$1`: the parcels' stream ids as a JSON array; each row as JSON text in `row`. */
  readonly load: string;
  /** `$1`: the rows as a JSON array of objects keyed by column; inserted, or updated on their key. */
  readonly upsert: string;
}

/**
 * Statements over `qualified`, keyed by `keys`. Rows travel as JSON in one parameter (read with
 * `json_build_object`, written with `json_populate_recordset` of the table's own row type), so a
 * batch's rows of a table take one statement each way whatever their number.
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
    load: `SELECT json_build_object(${read.join(', ')})::text AS row FROM ${qualified}
           WHERE stream_id = ANY (ARRAY(SELECT json_array_elements_text($1::json)))`,
    upsert: `INSERT INTO ${qualified} (${all.join(', ')})
             SELECT ${all.join(', ')} FROM json_populate_recordset(NULL::${qualified}, $1::json)
             ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${columns.map((column) => `${column.name} = EXCLUDED.${column.name}`).join(', ')}`,
  };
};

/** Runs `statement` with `rows` as its JSON parameter, unless there are none. */
export const writeRows = async (
  tx: SqlExecutor,
  statement: string,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<void> => {
  if (rows.length > 0) await tx.query(statement, [JSON.stringify(rows)]);
};
