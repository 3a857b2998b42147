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
import { carrierLossClaimTypes } from './carrier-claim-types.js';
import { carrierColumns } from './carrier-columns.js';
import { carrierLossStatistics } from './carrier-loss-statistics.js';
import type { CarrierLossStatistics } from './carrier-loss-statistics-queries.js';

const CarrierCounts = t.type({
  carrierId: nullable(PartyId),
  lossClaims: t.number,
  confirmedLosses: t.number,
  paidClaims: t.number,
});

const CarrierTotal = t.type({ carrierId: nullable(PartyId), currency: CurrencyCode, minorUnits: BigintText });

/** Per-carrier loss statistics in SQL, with the same queries as the pure read model. */
export interface SqlCarrierLossStatistics extends SqlClaimReadModel {
  /** The loss statistics of every carrier. */
  readonly listCarrierLossStatistics: (executor: SqlExecutor) => Promise<readonly CarrierLossStatistics[]>;
  /** The loss statistics of one carrier, or null when it has none. */
  readonly statisticsOfCarrier: (
    executor: SqlExecutor,
    carrierId: string,
  ) => Promise<CarrierLossStatistics | null>;
}

const byCarrier = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * Per-carrier loss statistics in tables `carrier_loss_statistics` and
 * `carrier_loss_statistics_parcels` of `schema` (default `parcel_claims`). A loss claim counts
 * for the carrier the parcel was handed to.
 */
export const sqlCarrierLossStatistics = (
  options: { readonly schema?: string } = {},
): SqlCarrierLossStatistics => {
  const schema = options.schema ?? defaultSchema;
  const parcels = parcelFactsTable(schema, 'carrier_loss_statistics_parcels');
  const claims = claimTable(schema, 'carrier_loss_statistics', carrierColumns);
  const carrier = 'p.carrier_id';
  const lossTypes = `c.claim_type IN (${carrierLossClaimTypes.map((type) => `'${type}'`).join(', ')})`;
  const from = `${claims.qualified} c LEFT JOIN ${parcels.qualified} p ON p.stream_id = c.stream_id`;

  const statistics = async (executor: SqlExecutor): Promise<readonly CarrierLossStatistics[]> => {
    const counted = await executor.query(
      `SELECT json_build_object(
         'carrierId', ${carrier},
         'lossClaims', count(*),
         'confirmedLosses', count(*) FILTER (WHERE c.loss_confirmed),
         'paidClaims', count(*) FILTER (WHERE c.status = 'paid')
       )::text AS entry
       FROM ${from} WHERE ${lossTypes} GROUP BY ${carrier}`,
    );
    const summed = await executor.query(
      `SELECT json_build_object('carrierId', ${carrier}, 'currency', c.paid_currency, 'minorUnits', sum(c.paid_minor)::text)::text AS entry
       FROM ${from} WHERE ${lossTypes} AND c.paid_minor IS NOT NULL GROUP BY ${carrier}, c.paid_currency`,
    );
    const totals = new Map<string | null, MoneyTotal[]>();
    for (const { carrierId, currency, minorUnits } of decodeJsonRows(
      claims.qualified,
      summed.rows,
      'entry',
      CarrierTotal,
    )) {
      totals.set(carrierId, [...(totals.get(carrierId) ?? []), { currency, minorUnits }]);
    }
    return decodeJsonRows(claims.qualified, counted.rows, 'entry', CarrierCounts)
      .map((counts) => ({ ...counts, paid: [...(totals.get(counts.carrierId) ?? [])].sort(byCurrency) }))
      .sort((a, b) => byCarrier(a.carrierId, b.carrierId));
  };

  return {
    schema,
    createTables: (executor) => createTablesOnce(executor, schema, [...parcels.ddl, ...claims.ddl]),
    batch: perClaimBatch(carrierLossStatistics, parcels, claims),
    reset: async (tx) => {
      await claims.truncate(tx);
      await parcels.truncate(tx);
    },
    listCarrierLossStatistics: statistics,
    statisticsOfCarrier: async (executor, carrierId) =>
      (await statistics(executor)).find((entry) => entry.carrierId === carrierId) ?? null,
  };
};
