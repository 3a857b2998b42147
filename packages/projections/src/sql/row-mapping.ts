import type * as t from 'io-ts';
import { decodeJsonText } from './json-rows.js';

/** A column of a read-model table: its name and SQL type (written into statements, never input). */
export interface Column {
  readonly name: string;
  readonly type: 'text' | 'boolean' | 'bigint' | 'integer' | 'jsonb' | 'timestamptz';
  readonly nullable: boolean;
}

/** The key columns of a table of one row per claim. */
export interface ClaimKeyColumns {
  readonly stream_id: string;
  readonly claim_id: string;
}

/** A claim's row as stored, with its key. */
export interface StoredClaim<Row> {
  readonly streamId: string;
  readonly claimId: string;
  readonly row: Row;
}

/**
 * How a pure read model's row is kept in a table's columns, both ways: the SQL read model is the
 * pure one's rows, stored.
 */
export interface RowMapping<Row> {
  /** The columns besides the key (`stream_id`, `claim_id`). */
  readonly columns: readonly Column[];
  /**
   * The rows of `table` read back as the JSON text of one array (every column by name, bigint
   * columns as decimal text); throws `UnexpectedReadModelRow` for one the read model never writes.
   */
  readonly decode: (table: string, text: string) => readonly StoredClaim<Row>[];
  /**
   * The row's columns, key included, as JSON values for `json_populate_recordset` (bigints as
   * decimal text, jsonb columns as the value itself).
   */
  readonly toColumns: (key: ClaimKeyColumns, row: Row) => Readonly<Record<string, unknown>>;
}

/** A row mapping from its columns, the codec that checks them, and the conversions both ways. */
export const rowMapping = <Row, Columns extends ClaimKeyColumns>(spec: {
  readonly columns: readonly Column[];
  readonly codec: t.Decoder<unknown, Columns>;
  readonly fromColumns: (columns: Columns, table: string) => Row;
  readonly toColumns: (key: ClaimKeyColumns, row: Row) => Readonly<Record<string, unknown>>;
}): RowMapping<Row> => ({
  columns: spec.columns,
  decode: (table, text) =>
    decodeJsonText(table, text, spec.codec).map((stored) => ({
      streamId: stored.stream_id,
      claimId: stored.claim_id,
      row: spec.fromColumns(stored, table),
    })),
  toColumns: spec.toColumns,
});
