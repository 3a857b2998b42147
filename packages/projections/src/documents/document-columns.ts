import {
  ClaimId,
  ClaimType,
  Deadline,
  DocumentOwner,
  DocumentType,
  NonEmptyText,
  ParcelId,
  PartyId,
} from '@parcel-claims/core';
import * as t from 'io-ts';
import { BigintText, nullable } from '../sql/codecs.js';
import { decodeJsonText } from '../sql/json-rows.js';
import { type Column, type RowMapping, rowMapping } from '../sql/row-mapping.js';
import type { ClaimDocumentsRow, DocumentSlotRow } from './document-rows.js';

/** A claim's documents row without its documents: what `outstanding_documents_claims` keeps. */
export type ClaimDocumentsHead = Omit<ClaimDocumentsRow, 'documents'>;

const HeadColumns = t.type({
  stream_id: t.string,
  claim_id: ClaimId,
  parcel_id: ParcelId,
  claim_type: ClaimType,
  seller_id: PartyId,
  open: t.boolean,
  opened_position: BigintText,
});

/** The claim's part of the outstanding documents' row, in the columns of `outstanding_documents_claims`. */
export const headColumns: RowMapping<ClaimDocumentsHead> = rowMapping({
  columns: [
    { name: 'parcel_id', type: 'text', nullable: false },
    { name: 'claim_type', type: 'text', nullable: false },
    { name: 'seller_id', type: 'text', nullable: false },
    { name: 'open', type: 'boolean', nullable: false },
    { name: 'opened_position', type: 'bigint', nullable: false },
  ],
  codec: HeadColumns,
  fromColumns: (stored) => ({
    streamId: stored.stream_id,
    parcelId: stored.parcel_id,
    claimId: stored.claim_id,
    claimType: stored.claim_type,
    sellerId: stored.seller_id,
    open: stored.open,
    openedPosition: stored.opened_position,
  }),
  toColumns: (key, row) => ({
    stream_id: key.stream_id,
    claim_id: key.claim_id,
    parcel_id: row.parcelId,
    claim_type: row.claimType,
    seller_id: row.sellerId,
    open: row.open,
    opened_position: row.openedPosition.toString(),
  }),
});

/** The columns of `outstanding_documents` besides its key (stream, claim, document type). */
export const slotColumns: readonly Column[] = [
  { name: 'document_index', type: 'integer', nullable: false },
  { name: 'owed_by', type: 'text', nullable: false },
  { name: 'due', type: 'jsonb', nullable: false },
  { name: 'due_at', type: 'timestamptz', nullable: false },
  { name: 'status', type: 'text', nullable: false },
  { name: 'rejection_reason', type: 'text', nullable: true },
];

const SlotColumns = t.type({
  stream_id: t.string,
  claim_id: t.string,
  document_type: DocumentType,
  document_index: t.number,
  owed_by: DocumentOwner,
  due: Deadline,
  status: t.keyof({ missing: null, attached: null, rejected: null }),
  rejection_reason: nullable(NonEmptyText),
});

/** A required document as stored: its claim's key, its place in the claim's list, its slot. */
export interface StoredSlot {
  readonly streamId: string;
  readonly claimId: string;
  readonly index: number;
  readonly slot: DocumentSlotRow;
}

/** The rows of `table` (`outstanding_documents`) read back as the JSON text of one array. */
export const decodeSlots = (table: string, text: string): readonly StoredSlot[] =>
  decodeJsonText(table, text, SlotColumns).map((stored) => ({
    streamId: stored.stream_id,
    claimId: stored.claim_id,
    index: stored.document_index,
    slot: {
      documentType: stored.document_type,
      owedBy: stored.owed_by,
      due: stored.due,
      status: stored.status,
      rejectionReason: stored.rejection_reason,
    },
  }));

/**
 * The slot's columns, key included, for `json_populate_recordset`; `due_at` repeats the due
 * instant as a timestamp to order and compare by.
 */
export const slotColumnValues = (
  streamId: string,
  claimId: string,
  index: number,
  slot: DocumentSlotRow,
): Readonly<Record<string, unknown>> => ({
  stream_id: streamId,
  claim_id: claimId,
  document_type: slot.documentType,
  document_index: index,
  owed_by: slot.owedBy,
  due: slot.due,
  due_at: slot.due.dueAt,
  status: slot.status,
  rejection_reason: slot.rejectionReason,
});
