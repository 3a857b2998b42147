import {
  ClaimId,
  type ClaimStatus,
  ClaimType,
  Instant,
  Money,
  ParcelId,
  PartyId,
  PayoutBreakdown,
  PieceId,
  parcelStreamId,
} from '@parcel-claims/core';
import { defaultSchema, type SqlExecutor } from '@parcel-claims/postgres';
import * as t from 'io-ts';
import { claimTable } from '../sql/claim-table.js';
import { ClaimStatusCodec, moneyJson, nullable } from '../sql/codecs.js';
import { createTablesOnce } from '../sql/create-tables.js';
import { decodeJsonRows } from '../sql/json-rows.js';
import { parcelFactsTable } from '../sql/parcel-facts-table.js';
import { perClaimBatch } from '../sql/per-claim-batch.js';
import type { SqlClaimReadModel } from '../sql/sql-claim-read-model.js';
import { boardColumns } from './board-columns.js';
import type { BoardEntry } from './board-entry.js';
import { type ClaimFilter, zeroByStatus } from './board-queries.js';
import { claimsBoard } from './claims-board.js';

const BoardEntryCodec: t.Decoder<unknown, BoardEntry> = t.type({
  parcelId: ParcelId,
  claimId: ClaimId,
  sellerId: PartyId,
  insurerId: nullable(PartyId),
  claimType: ClaimType,
  status: ClaimStatusCodec,
  pieceIds: t.array(PieceId),
  goodsValue: Money,
  insuredValue: nullable(Money),
  approvedAmount: nullable(Money),
  breakdown: nullable(PayoutBreakdown),
  paidAmount: nullable(Money),
  decisionOverdue: t.boolean,
  payoutOverdue: t.boolean,
  openedAt: Instant,
  updatedAt: Instant,
});

const StatusCount = t.type({ status: ClaimStatusCodec, count: t.number });

/** The claims board in SQL, with the same queries as the pure read model. */
export interface SqlClaimsBoard extends SqlClaimReadModel {
  /** The claims on the board, filtered if a filter is given. */
  readonly listClaims: (executor: SqlExecutor, filter?: ClaimFilter) => Promise<readonly BoardEntry[]>;
  /** One claim of the board, or null when it is not on it. */
  readonly findClaim: (
    executor: SqlExecutor,
    parcelId: string,
    claimId: string,
  ) => Promise<BoardEntry | null>;
  /** How many claims the board holds in each status. */
  readonly countClaimsByStatus: (executor: SqlExecutor) => Promise<Readonly<Record<ClaimStatus, number>>>;
}

/**
 * The claims board in tables `claims_board` and `claims_board_parcels` of `schema` (default
 * `parcel_claims`).
 *
 * @example
 * const board = sqlClaimsBoard({ schema: 'claims' });
 * await board.createTables(executor);
 * await board.listClaims(executor, { sellerId: 'seller-a' });
 */
export const sqlClaimsBoard = (options: { readonly schema?: string } = {}): SqlClaimsBoard => {
  const schema = options.schema ?? defaultSchema;
  const parcels = parcelFactsTable(schema, 'claims_board_parcels');
  const claims = claimTable(schema, 'claims_board', boardColumns, ['status', 'seller_id', 'opened_position']);

  const entries = async (
    executor: SqlExecutor,
    where: string,
    params: readonly unknown[],
  ): Promise<readonly BoardEntry[]> => {
    const { rows } = await executor.query(
      `SELECT json_build_object(
         'parcelId', parcel_id, 'claimId', claim_id, 'sellerId', seller_id, 'insurerId', insurer_id,
         'claimType', claim_type, 'status', status, 'pieceIds', piece_ids,
         'goodsValue', json_build_object('minorUnits', goods_minor, 'currency', goods_currency),
         'insuredValue', ${moneyJson('insured_minor', 'insured_currency')},
         'approvedAmount', ${moneyJson('approved_minor', 'approved_currency')},
         'breakdown', breakdown,
         'paidAmount', ${moneyJson('paid_minor', 'paid_currency')},
         'decisionOverdue', decision_overdue, 'payoutOverdue', payout_overdue,
         'openedAt', opened_at, 'updatedAt', updated_at
       )::text AS entry
       FROM ${claims.qualified} WHERE ${where} ORDER BY opened_position`,
      params,
    );
    return decodeJsonRows(claims.qualified, rows, 'entry', BoardEntryCodec);
  };

  return {
    schema,
    createTables: (executor) => createTablesOnce(executor, schema, [...parcels.ddl, ...claims.ddl]),
    batch: perClaimBatch(claimsBoard, parcels, claims),
    reset: async (tx) => {
      await claims.truncate(tx);
      await parcels.truncate(tx);
    },
    listClaims: (executor, filter = {}) =>
      entries(
        executor,
        `($1::text IS NULL OR status = $1::text) AND ($2::text IS NULL OR claim_type = $2::text)
         AND ($3::text IS NULL OR seller_id = $3::text) AND ($4::text IS NULL OR parcel_id = $4::text)`,
        [filter.status ?? null, filter.claimType ?? null, filter.sellerId ?? null, filter.parcelId ?? null],
      ),
    findClaim: async (executor, parcelId, claimId) => {
      const [entry] = await entries(executor, 'stream_id = $1::text AND claim_id = $2::text', [
        parcelStreamId(parcelId),
        claimId,
      ]);
      return entry ?? null;
    },
    countClaimsByStatus: async (executor) => {
      const { rows } = await executor.query(
        `SELECT json_build_object('status', status, 'count', count(*))::text AS entry
         FROM ${claims.qualified} GROUP BY status`,
      );
      const counts = zeroByStatus();
      for (const { status, count } of decodeJsonRows(claims.qualified, rows, 'entry', StatusCount)) {
        counts[status] = count;
      }
      return counts;
    },
  };
};
