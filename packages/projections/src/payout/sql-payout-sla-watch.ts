import { ClaimId, Deadline, Instant, Money, ParcelId, PartyId } from '@parcel-claims/core';
import { defaultSchema, type SqlExecutor } from '@parcel-claims/postgres';
import * as t from 'io-ts';
import { claimTable } from '../sql/claim-table.js';
import { nullable } from '../sql/codecs.js';
import { createTablesOnce } from '../sql/create-tables.js';
import { decodeJsonRows } from '../sql/json-rows.js';
import { parcelFactsTable } from '../sql/parcel-facts-table.js';
import { perClaimBatch } from '../sql/per-claim-batch.js';
import type { SqlClaimReadModel } from '../sql/sql-claim-read-model.js';
import { payoutColumns } from './payout-columns.js';
import type { AwaitingPayout, AwaitingPayoutQuery, PayoutSla } from './payout-queries.js';
import { payoutSlaWatch } from './payout-sla-watch.js';

const AwaitingPayoutCodec: t.Decoder<unknown, AwaitingPayout> = t.type({
  parcelId: ParcelId,
  claimId: ClaimId,
  sellerId: PartyId,
  insurerId: nullable(PartyId),
  approvedAmount: Money,
  acceptedAt: Instant,
  payoutDue: Deadline,
  overdue: t.boolean,
  overdueRecorded: t.boolean,
});

const SlaCounts = t.type({ paidClaims: t.number, paidWithinDue: t.number });

/** The payout SLA watch in SQL, with the same queries as the pure read model. */
export interface SqlPayoutSlaWatch extends SqlClaimReadModel {
  /** The accepted claims awaiting payout, with their payout due dates. */
  readonly listAwaitingPayout: (
    executor: SqlExecutor,
    query: AwaitingPayoutQuery,
  ) => Promise<readonly AwaitingPayout[]>;
  /** How the payouts met their due dates, in all. */
  readonly payoutSla: (executor: SqlExecutor) => Promise<PayoutSla>;
}

/**
 * The payout SLA watch in tables `payout_sla_watch` and `payout_sla_watch_parcels` of `schema`
 * (default `parcel_claims`). The payout due date is the one stored in `ClaimAccepted`.
 */
export const sqlPayoutSlaWatch = (options: { readonly schema?: string } = {}): SqlPayoutSlaWatch => {
  const schema = options.schema ?? defaultSchema;
  const parcels = parcelFactsTable(schema, 'payout_sla_watch_parcels');
  const claims = claimTable(schema, 'payout_sla_watch', payoutColumns, ['status']);

  return {
    schema,
    createTables: (executor) => createTablesOnce(executor, schema, [...parcels.ddl, ...claims.ddl]),
    batch: perClaimBatch(payoutSlaWatch, parcels, claims),
    reset: async (tx) => {
      await claims.truncate(tx);
      await parcels.truncate(tx);
    },
    listAwaitingPayout: async (executor, query) => {
      const { rows } = await executor.query(
        `SELECT json_build_object(
           'parcelId', parcel_id, 'claimId', claim_id, 'sellerId', seller_id, 'insurerId', insurer_id,
           'approvedAmount', json_build_object('minorUnits', approved_minor, 'currency', approved_currency),
           'acceptedAt', accepted_at, 'payoutDue', payout_due,
           'overdue', $1::timestamptz > payout_due_at, 'overdueRecorded', overdue_recorded
         )::text AS entry
         FROM ${claims.qualified}
         WHERE status IN ('accepted', 'approved-partial') AND payout_due IS NOT NULL
           AND ($2::text IS NULL OR insurer_id = $2::text)
           AND (NOT $3::boolean OR $1::timestamptz > payout_due_at)
         ORDER BY payout_due_at, accepted_position`,
        [query.asOf, query.insurerId ?? null, query.overdueOnly === true],
      );
      return decodeJsonRows(claims.qualified, rows, 'entry', AwaitingPayoutCodec);
    },
    payoutSla: async (executor) => {
      const { rows } = await executor.query(
        `SELECT json_build_object(
           'paidClaims', count(*),
           'paidWithinDue', count(*) FILTER (WHERE paid_at::timestamptz <= payout_due_at)
         )::text AS entry
         FROM ${claims.qualified}
         WHERE status = 'paid' AND payout_due IS NOT NULL AND paid_at IS NOT NULL`,
      );
      const [counts] = decodeJsonRows(claims.qualified, rows, 'entry', SlaCounts);
      const paidClaims = counts?.paidClaims ?? 0;
      const paidWithinDue = counts?.paidWithinDue ?? 0;
      return {
        paidClaims,
        paidWithinDue,
        shareWithinDue: paidClaims === 0 ? null : paidWithinDue / paidClaims,
      };
    },
  };
};
