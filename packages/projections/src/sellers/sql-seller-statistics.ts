import { CurrencyCode, PartyId } from '@parcel-claims/core';
import { defaultSchema, type SqlExecutor } from '@parcel-claims/postgres';
import * as t from 'io-ts';
import { claimTable } from '../sql/claim-table.js';
import { BigintText, nullable } from '../sql/codecs.js';
import { createTablesOnce } from '../sql/create-tables.js';
import { decodeJsonRows } from '../sql/json-rows.js';
import { parcelFactsTable } from '../sql/parcel-facts-table.js';
import { perClaimBatch } from '../sql/per-claim-batch.js';
import type { SqlClaimReadModel } from '../sql/sql-claim-read-model.js';
import type { MoneyTotal } from '../statistics/money-total.js';
import { byCurrency } from '../statistics/sort-totals.js';
import { sellerColumns } from './seller-columns.js';
import { sellerStatistics } from './seller-statistics.js';
import type { SellerStatistics } from './seller-statistics-queries.js';

const SellerCounts = t.type({
  sellerId: PartyId,
  claims: t.number,
  paidClaims: t.number,
  rejections: t.number,
  lapses: t.number,
  withdrawals: t.number,
  medianInquiryToPayoutMs: nullable(t.number),
});

const SellerTotal = t.type({ sellerId: PartyId, currency: CurrencyCode, minorUnits: BigintText });

/** Per-seller statistics in SQL, with the same queries as the pure read model. */
export interface SqlSellerStatistics extends SqlClaimReadModel {
  /** The claim statistics of every seller. */
  readonly listSellerStatistics: (executor: SqlExecutor) => Promise<readonly SellerStatistics[]>;
  /** The claim statistics of one seller, or null when it has none. */
  readonly statisticsOfSeller: (executor: SqlExecutor, sellerId: string) => Promise<SellerStatistics | null>;
}

/**
 * Per-seller statistics in tables `seller_statistics` and `seller_statistics_parcels` of
 * `schema` (default `parcel_claims`): one row per claim, totalled by the queries (the median
 * with `percentile_cont`).
 */
export const sqlSellerStatistics = (options: { readonly schema?: string } = {}): SqlSellerStatistics => {
  const schema = options.schema ?? defaultSchema;
  const parcels = parcelFactsTable(schema, 'seller_statistics_parcels');
  const claims = claimTable(schema, 'seller_statistics', sellerColumns, ['seller_id']);

  const statistics = async (
    executor: SqlExecutor,
    sellerId: string | null,
  ): Promise<readonly SellerStatistics[]> => {
    const counted = await executor.query(
      `SELECT json_build_object(
         'sellerId', seller_id,
         'claims', count(*),
         'paidClaims', count(*) FILTER (WHERE status = 'paid'),
         'rejections', count(*) FILTER (WHERE status = 'rejected'),
         'lapses', count(*) FILTER (WHERE status = 'lapsed'),
         'withdrawals', count(*) FILTER (WHERE status = 'withdrawn'),
         'medianInquiryToPayoutMs', percentile_cont(0.5) WITHIN GROUP (
           ORDER BY (extract(epoch FROM paid_at::timestamptz) - extract(epoch FROM opened_at::timestamptz)) * 1000
         ) FILTER (WHERE paid_at IS NOT NULL)
       )::text AS entry
       FROM ${claims.qualified} WHERE $1::text IS NULL OR seller_id = $1::text GROUP BY seller_id`,
      [sellerId],
    );
    const summed = await executor.query(
      `SELECT json_build_object('sellerId', seller_id, 'currency', paid_currency, 'minorUnits', sum(paid_minor)::text)::text AS entry
       FROM ${claims.qualified} WHERE paid_minor IS NOT NULL AND ($1::text IS NULL OR seller_id = $1::text)
       GROUP BY seller_id, paid_currency`,
      [sellerId],
    );
    const totals = new Map<string, MoneyTotal[]>();
    for (const { sellerId: seller, currency, minorUnits } of decodeJsonRows(
      claims.qualified,
      summed.rows,
      'entry',
      SellerTotal,
    )) {
      totals.set(seller, [...(totals.get(seller) ?? []), { currency, minorUnits }]);
    }
    return decodeJsonRows(claims.qualified, counted.rows, 'entry', SellerCounts)
      .map(({ medianInquiryToPayoutMs, ...counts }) => ({
        ...counts,
        paid: [...(totals.get(counts.sellerId) ?? [])].sort(byCurrency),
        medianInquiryToPayoutMs,
      }))
      .sort((a, b) => (a.sellerId < b.sellerId ? -1 : a.sellerId > b.sellerId ? 1 : 0));
  };

  return {
    schema,
    createTables: (executor) => createTablesOnce(executor, schema, [...parcels.ddl, ...claims.ddl]),
    batch: perClaimBatch(sellerStatistics, parcels, claims),
    reset: async (tx) => {
      await claims.truncate(tx);
      await parcels.truncate(tx);
    },
    listSellerStatistics: (executor) => statistics(executor, null),
    statisticsOfSeller: async (executor, sellerId) => (await statistics(executor, sellerId))[0] ?? null,
  };
};
