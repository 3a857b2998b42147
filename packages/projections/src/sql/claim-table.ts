import { type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import type { RowMapping, StoredClaim } from './row-mapping.js';
import { rowStatements } from './row-statements.js';
import type { TableWrite } from './sql-batch.js';

/** A claim's row that a batch created or changed: `before` is undefined for a claim it opened. */
export interface ClaimChange<Row> {
  readonly streamId: string;
  readonly claimId: string;
  readonly before: Row | undefined;
  readonly after: Row;
}

/** Where a read model keeps its rows of claims: how a batch reads its parcels' rows and writes changes back. */
export interface ClaimRows<Row> {
  /** SQL expressions reading the rows of the parcels in `$1` (see `SqlBatch`). */
  readonly reads: readonly string[];
  /** The rows, from the texts of `reads`. */
  readonly decode: (read: readonly string[]) => readonly StoredClaim<Row>[];
  readonly writes: (changes: readonly ClaimChange<Row>[]) => readonly TableWrite[];
}

/** A table of one row per claim, keyed by stream and claim id. */
export interface ClaimTable<Row> extends ClaimRows<Row> {
  /** The table, qualified and quoted. */
  readonly qualified: string;
  readonly ddl: readonly string[];
  readonly truncate: (tx: SqlExecutor) => Promise<void>;
}

/** A claim table `name` in `schema` holding a pure read model's rows in the columns of `mapping`. */
export const claimTable = <Row>(
  schema: string,
  name: string,
  mapping: RowMapping<Row>,
  indexes: readonly string[] = [],
): ClaimTable<Row> => {
  const qualified = schemaNames(schema).qualified(name);
  const { columns } = mapping;
  const statements = rowStatements(qualified, ['stream_id', 'claim_id'], columns);
  return {
    qualified,
    ddl: [
      `CREATE TABLE IF NOT EXISTS ${qualified} (
      stream_id text NOT NULL,
      claim_id text NOT NULL,
      ${columns.map((column) => `${column.name} ${column.type}${column.nullable ? '' : ' NOT NULL'}`).join(',\n      ')},
      PRIMARY KEY (stream_id, claim_id)
    )`,
      ...indexes.map(
        (column) => `CREATE INDEX IF NOT EXISTS ${name}_${column}_idx ON ${qualified} (${column})`,
      ),
    ],
    reads: [statements.read],
    decode: ([text]) => (text === undefined ? [] : mapping.decode(qualified, text)),
    writes: (changes) => [
      {
        statement: statements.upsert,
        rows: changes.map(({ streamId, claimId, after }) =>
          mapping.toColumns({ stream_id: streamId, claim_id: claimId }, after),
        ),
      },
    ],
    truncate: async (tx) => {
      await tx.query(`TRUNCATE ${qualified}`);
    },
  };
};
