import type { EventStore, RecordedEvent } from '@parcel-claims/eventsourcing';
import { type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import {
  carrierLossStatistics,
  claimsBoard,
  outstandingDocuments,
  type ParcelFacts,
  payoutSlaWatch,
  sellerStatistics,
} from '../../src/index.js';
import { project } from './project.js';

// The rows each SQL read model's tables must hold, worked out here from the pure read models
// column by column, independently of the SQL models' own mappings.

/** Every event of the store, in log order. */
export const allEvents = async (store: EventStore): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll({})) events.push(...batch);
  return events;
};

/** The stream and claim ids of a `claimKey`: the stream id's length, a colon, the two ids. */
const keyOf = (key: string): readonly [string, string] => {
  const colon = key.indexOf(':');
  const length = Number(key.slice(0, colon));
  if (colon < 1 || !Number.isInteger(length)) throw new Error(`not a claim key: ${key}`);
  return [key.slice(colon + 1, colon + 1 + length), key.slice(colon + 1 + length)];
};

const money = (
  prefix: string,
  amount: { readonly minorUnits: number; readonly currency: string } | null,
) => ({
  [`${prefix}_minor`]: amount?.minorUnits ?? null,
  [`${prefix}_currency`]: amount?.currency ?? null,
});

const keyField = (row: unknown, field: string): string =>
  typeof row === 'object' && row !== null && field in row ? String(Reflect.get(row, field)) : '';

/** Rows in the order of their key (stream, claim, document type), whatever order their columns are in. */
const sorted = (rows: readonly unknown[]): readonly unknown[] => {
  const keyOfRow = (row: unknown) =>
    JSON.stringify(['stream_id', 'claim_id', 'document_type'].map((field) => keyField(row, field)));
  return [...rows].sort((a, b) => (keyOfRow(a) < keyOfRow(b) ? -1 : keyOfRow(a) > keyOfRow(b) ? 1 : 0));
};

const parcelRows = (parcels: ReadonlyMap<string, ParcelFacts>) =>
  sorted(
    [...parcels].map(([streamId, facts]) => ({
      stream_id: streamId,
      parcel_id: facts.parcelId,
      seller_id: facts.sellerId,
      forwarder_id: facts.forwarderId,
      ...money('goods', facts.goodsValue),
      piece_ids: facts.pieceIds,
      insurer_id: facts.insurerId,
      ...money('insured', facts.insuredValue),
      carrier_id: facts.carrierId,
    })),
  );

/** Every table of the five read models as the pure read models of the store's log say, by table. */
export const expectedTables = async (store: EventStore) => {
  const board = await project(store, claimsBoard);
  const documents = await project(store, outstandingDocuments);
  const payout = await project(store, payoutSlaWatch);
  const sellers = await project(store, sellerStatistics);
  const carriers = await project(store, carrierLossStatistics);
  return {
    claims_board_parcels: parcelRows(board.parcels),
    claims_board: sorted(
      [...board.claims].map(([key, row]) => ({
        stream_id: keyOf(key)[0],
        claim_id: keyOf(key)[1],
        parcel_id: row.parcelId,
        seller_id: row.sellerId,
        insurer_id: row.insurerId,
        claim_type: row.claimType,
        status: row.status,
        piece_ids: row.pieceIds,
        ...money('goods', row.goodsValue),
        ...money('insured', row.insuredValue),
        ...money('approved', row.approvedAmount),
        breakdown: row.breakdown,
        ...money('paid', row.paidAmount),
        decision_overdue: row.decisionOverdue,
        payout_overdue: row.payoutOverdue,
        opened_at: row.openedAt,
        updated_at: row.updatedAt,
        opened_position: Number(row.openedPosition),
      })),
    ),
    outstanding_documents_parcels: parcelRows(documents.parcels),
    outstanding_documents_claims: sorted(
      [...documents.claims].map(([key, row]) => ({
        stream_id: keyOf(key)[0],
        claim_id: keyOf(key)[1],
        parcel_id: row.parcelId,
        claim_type: row.claimType,
        seller_id: row.sellerId,
        open: row.open,
        opened_position: Number(row.openedPosition),
      })),
    ),
    outstanding_documents: sorted(
      [...documents.claims].flatMap(([key, row]) =>
        row.documents.map((slot, index) => ({
          stream_id: keyOf(key)[0],
          claim_id: keyOf(key)[1],
          document_type: slot.documentType,
          document_index: index,
          owed_by: slot.owedBy,
          due: slot.due,
          due_at: slot.due.dueAt,
          status: slot.status,
          rejection_reason: slot.rejectionReason,
        })),
      ),
    ),
    payout_sla_watch_parcels: parcelRows(payout.parcels),
    payout_sla_watch: sorted(
      [...payout.claims].map(([key, row]) => ({
        stream_id: keyOf(key)[0],
        claim_id: keyOf(key)[1],
        parcel_id: row.parcelId,
        seller_id: row.sellerId,
        insurer_id: row.insurerId,
        status: row.status,
        ...money('approved', row.acceptance?.approvedAmount ?? null),
        accepted_at: row.acceptance?.acceptedAt ?? null,
        payout_due: row.acceptance?.payoutDue ?? null,
        payout_due_at: row.acceptance?.payoutDue.dueAt ?? null,
        accepted_position: row.acceptance === null ? null : Number(row.acceptance.acceptedPosition),
        paid_at: row.paidAt,
        overdue_recorded: row.overdueRecorded,
      })),
    ),
    seller_statistics_parcels: parcelRows(sellers.parcels),
    seller_statistics: sorted(
      [...sellers.claims].map(([key, row]) => ({
        stream_id: keyOf(key)[0],
        claim_id: keyOf(key)[1],
        seller_id: row.sellerId,
        status: row.status,
        opened_at: row.openedAt,
        ...money('paid', row.paidAmount),
        paid_at: row.paidAt,
      })),
    ),
    carrier_loss_statistics_parcels: parcelRows(carriers.parcels),
    carrier_loss_statistics: sorted(
      [...carriers.claims].map(([key, row]) => ({
        stream_id: keyOf(key)[0],
        claim_id: keyOf(key)[1],
        claim_type: row.claimType,
        status: row.status,
        loss_confirmed: row.lossConfirmed,
        ...money('paid', row.paidAmount),
      })),
    ),
  };
};

const instantText = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Every row of the five read models' tables in `schema`, as JSON, sorted; timestamps as instants. */
export const storedTables = async (executor: SqlExecutor, schema: string) => {
  const quoted = schemaNames(schema).quoted;
  const rowsOf = async (table: string, timestamps: readonly string[] = []) => {
    const overrides = timestamps.map((column) => `'${column}', ${instantText(`t.${column}`)}`).join(', ');
    const { rows } = await executor.query(
      `SELECT (to_jsonb(t)${overrides === '' ? '' : ` || jsonb_build_object(${overrides})`})::text AS row FROM ${quoted}."${table}" t`,
    );
    return sorted(rows.map((row): unknown => JSON.parse(String(row.row))));
  };
  return {
    claims_board_parcels: await rowsOf('claims_board_parcels'),
    claims_board: await rowsOf('claims_board'),
    outstanding_documents_parcels: await rowsOf('outstanding_documents_parcels'),
    outstanding_documents_claims: await rowsOf('outstanding_documents_claims'),
    outstanding_documents: await rowsOf('outstanding_documents', ['due_at']),
    payout_sla_watch_parcels: await rowsOf('payout_sla_watch_parcels'),
    payout_sla_watch: await rowsOf('payout_sla_watch', ['payout_due_at']),
    seller_statistics_parcels: await rowsOf('seller_statistics_parcels'),
    seller_statistics: await rowsOf('seller_statistics'),
    carrier_loss_statistics_parcels: await rowsOf('carrier_loss_statistics_parcels'),
    carrier_loss_statistics: await rowsOf('carrier_loss_statistics'),
  };
};
