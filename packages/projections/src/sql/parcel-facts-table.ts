import { CurrencyCode, ParcelId, PartyId, PieceId } from '@parcel-claims/core';
import { type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import * as t from 'io-ts';
import type { ParcelFacts } from '../per-claim/parcel-facts.js';
import { MinorUnitsText, moneyOf, nullable } from './codecs.js';
import { decodeJsonText } from './json-rows.js';
import type { Column } from './row-mapping.js';
import { rowStatements } from './row-statements.js';
import type { TableWrite } from './sql-batch.js';

/** A parcel's facts with the stream they are kept under. */
export interface StoredParcel {
  readonly streamId: string;
  readonly facts: ParcelFacts;
}

/** A read model's table of parcel facts (see `ParcelFacts`), one row per parcel stream. */
export interface ParcelFactsTable {
  readonly name: string;
  readonly qualified: string;
  readonly ddl: readonly string[];
  /** An SQL expression reading the facts of the parcels in `$1` (see `SqlBatch`). */
  readonly read: string;
  /** The facts, from the text `read` gave. */
  readonly decode: (text: string) => readonly StoredParcel[];
  readonly write: (parcels: readonly StoredParcel[]) => TableWrite;
  readonly truncate: (tx: SqlExecutor) => Promise<void>;
}

const columns: readonly Column[] = [
  { name: 'parcel_id', type: 'text', nullable: false },
  { name: 'seller_id', type: 'text', nullable: false },
  { name: 'forwarder_id', type: 'text', nullable: false },
  { name: 'goods_minor', type: 'bigint', nullable: false },
  { name: 'goods_currency', type: 'text', nullable: false },
  { name: 'piece_ids', type: 'jsonb', nullable: false },
  { name: 'insurer_id', type: 'text', nullable: true },
  { name: 'insured_minor', type: 'bigint', nullable: true },
  { name: 'insured_currency', type: 'text', nullable: true },
  { name: 'carrier_id', type: 'text', nullable: true },
];

const ParcelColumns = t.type({
  stream_id: t.string,
  parcel_id: ParcelId,
  seller_id: PartyId,
  forwarder_id: PartyId,
  goods_minor: MinorUnitsText,
  goods_currency: CurrencyCode,
  piece_ids: t.array(PieceId),
  insurer_id: nullable(PartyId),
  insured_minor: nullable(MinorUnitsText),
  insured_currency: nullable(CurrencyCode),
  carrier_id: nullable(PartyId),
});

/** The parcel facts table `name` in `schema`; each read model has its own, reset with it. */
export const parcelFactsTable = (schema: string, name: string): ParcelFactsTable => {
  const qualified = schemaNames(schema).qualified(name);
  const statements = rowStatements(qualified, ['stream_id'], columns);
  return {
    name,
    qualified,
    ddl: [
      `CREATE TABLE IF NOT EXISTS ${qualified} (
        stream_id text PRIMARY KEY,
        parcel_id text NOT NULL,
        seller_id text NOT NULL,
        forwarder_id text NOT NULL,
        goods_minor bigint NOT NULL,
        goods_currency text NOT NULL,
        piece_ids jsonb NOT NULL,
        insurer_id text,
        insured_minor bigint,
        insured_currency text,
        carrier_id text
      )`,
    ],
    read: statements.read,
    decode: (text) =>
      decodeJsonText(qualified, text, ParcelColumns).map((stored) => ({
        streamId: stored.stream_id,
        facts: {
          parcelId: stored.parcel_id,
          sellerId: stored.seller_id,
          forwarderId: stored.forwarder_id,
          goodsValue: { minorUnits: stored.goods_minor, currency: stored.goods_currency },
          pieceIds: stored.piece_ids,
          insurerId: stored.insurer_id,
          insuredValue: moneyOf(qualified, 'insured', stored.insured_minor, stored.insured_currency),
          carrierId: stored.carrier_id,
        },
      })),
    write: (parcels) => ({
      statement: statements.upsert,
      rows: parcels.map(({ streamId, facts }) => ({
        stream_id: streamId,
        parcel_id: facts.parcelId,
        seller_id: facts.sellerId,
        forwarder_id: facts.forwarderId,
        goods_minor: facts.goodsValue.minorUnits,
        goods_currency: facts.goodsValue.currency,
        piece_ids: facts.pieceIds,
        insurer_id: facts.insurerId,
        insured_minor: facts.insuredValue?.minorUnits ?? null,
        insured_currency: facts.insuredValue?.currency ?? null,
        carrier_id: facts.carrierId,
      })),
    }),
    truncate: async (tx) => {
      await tx.query(`TRUNCATE ${qualified}`);
    },
  };
};
