import { type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import { UnexpectedClaimEvent } from '../per-claim/unexpected-claim-event.js';
import type { ClaimEventRecord } from '../record/claim-event-record.js';

/** A column of a read-model table: its name and SQL type (written into statements, never input). */
export interface Column {
  readonly name: string;
  readonly type: 'text' | 'boolean' | 'bigint' | 'integer' | 'jsonb' | 'timestamptz';
  readonly nullable: boolean;
}

/** A table of one row per claim, keyed by stream and claim id. */
export interface ClaimTable {
  /** The table, qualified and quoted. */
  readonly qualified: string;
  readonly ddl: readonly string[];
  /**
   * Writes the row of a claim whose inquiry opened, some columns from `values`, the others
   * copied from the parcel's facts row (`fromParcel`: column to parcel column). A claim opened
   * again (a replayed event) gets a fresh row.
   */
  readonly open: (
    tx: SqlExecutor,
    record: ClaimEventRecord,
    claimId: string,
    values: Readonly<Record<string, unknown>>,
    fromParcel: Readonly<Record<string, string>>,
  ) => Promise<void>;
  /** Sets columns of an opened claim's row; a claim never opened is out of place. */
  readonly change: (
    tx: SqlExecutor,
    record: ClaimEventRecord,
    claimId: string,
    values: Readonly<Record<string, unknown>>,
  ) => Promise<void>;
  readonly truncate: (tx: SqlExecutor) => Promise<void>;
}

/** Describes a claim table of `columns` in `schema`, next to the parcel facts table `parcels`. */
export const claimTable = (
  schema: string,
  name: string,
  parcels: string,
  columns: readonly Column[],
  indexes: readonly string[] = [],
): ClaimTable => {
  const names = schemaNames(schema);
  const qualified = names.qualified(name);
  const typeOf = new Map(columns.map((column) => [column.name, column.type]));
  const cast = (column: string, parameter: number): string => {
    const type = typeOf.get(column);
    if (type === undefined) throw new Error(`${name} has no column ${column}`);
    return `$${parameter}::${type}`;
  };
  const ddl = [
    `CREATE TABLE IF NOT EXISTS ${qualified} (
      stream_id text NOT NULL,
      claim_id text NOT NULL,
      ${columns.map((column) => `${column.name} ${column.type}${column.nullable ? '' : ' NOT NULL'}`).join(',\n      ')},
      PRIMARY KEY (stream_id, claim_id)
    )`,
    ...indexes.map(
      (column) => `CREATE INDEX IF NOT EXISTS ${name}_${column}_idx ON ${qualified} (${column})`,
    ),
  ];

  return {
    qualified,
    ddl,
    open: async (tx, record, claimId, values, fromParcel) => {
      const valueColumns = Object.keys(values);
      const parcelColumns = Object.keys(fromParcel);
      const targets = [...valueColumns, ...parcelColumns];
      const sources = [
        ...valueColumns.map((column, index) => cast(column, index + 3)),
        ...parcelColumns.map((column) => `p.${fromParcel[column] ?? column}`),
      ];
      const { rows } = await tx.query(
        `INSERT INTO ${qualified} (stream_id, claim_id, ${targets.join(', ')})
         SELECT $1::text, $2::text, ${sources.join(', ')} FROM ${names.qualified(parcels)} p WHERE p.stream_id = $1::text
         ON CONFLICT (stream_id, claim_id) DO UPDATE SET ${targets.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
         RETURNING 1 AS written`,
        [record.streamId, claimId, ...valueColumns.map((column) => values[column])],
      );
      if (rows.length === 0)
        throw new UnexpectedClaimEvent({ record, reason: 'the parcel was never booked' });
    },
    change: async (tx, record, claimId, values) => {
      const valueColumns = Object.keys(values);
      const assignments = valueColumns.map((column, index) => `${column} = ${cast(column, index + 3)}`);
      const { rows } = await tx.query(
        assignments.length === 0
          ? `SELECT 1 AS found FROM ${qualified} WHERE stream_id = $1::text AND claim_id = $2::text`
          : `UPDATE ${qualified} SET ${assignments.join(', ')} WHERE stream_id = $1::text AND claim_id = $2::text RETURNING 1 AS written`,
        [record.streamId, claimId, ...valueColumns.map((column) => values[column])],
      );
      if (rows.length === 0)
        throw new UnexpectedClaimEvent({ record, reason: `claim ${claimId} was never opened` });
    },
    truncate: async (tx) => {
      await tx.query(`TRUNCATE ${qualified}`);
    },
  };
};
