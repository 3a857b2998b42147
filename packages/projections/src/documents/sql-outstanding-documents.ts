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
import { defaultSchema, type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import * as t from 'io-ts';
import { claimTable } from '../sql/claim-table.js';
import { nullable } from '../sql/codecs.js';
import { createTablesOnce } from '../sql/create-tables.js';
import { decodeJsonRows } from '../sql/json-rows.js';
import { parcelFactsTable } from '../sql/parcel-facts-table.js';
import { perClaimBatch } from '../sql/per-claim-batch.js';
import type { SqlClaimReadModel } from '../sql/sql-claim-read-model.js';
import { headColumns } from './document-columns.js';
import { documentTables } from './document-tables.js';
import type { OutstandingDocument, OutstandingDocumentsQuery } from './outstanding-document.js';
import { outstandingDocuments } from './outstanding-documents.js';

const OutstandingDocumentCodec: t.Decoder<unknown, OutstandingDocument> = t.type({
  parcelId: ParcelId,
  claimId: ClaimId,
  claimType: ClaimType,
  sellerId: PartyId,
  documentType: DocumentType,
  owedBy: DocumentOwner,
  owedByParty: nullable(PartyId),
  state: t.keyof({ missing: null, rejected: null }),
  rejectionReason: nullable(NonEmptyText),
  due: Deadline,
  overdue: t.boolean,
});

/** Outstanding documents in SQL, with the same query as the pure read model. */
export interface SqlOutstandingDocuments extends SqlClaimReadModel {
  /** The documents still owed on open claims. */
  readonly listOutstandingDocuments: (
    executor: SqlExecutor,
    query: OutstandingDocumentsQuery,
  ) => Promise<readonly OutstandingDocument[]>;
}

/**
 * Outstanding documents in tables `outstanding_documents` (one row per required document),
 * `outstanding_documents_claims` and `outstanding_documents_parcels` of `schema` (default
 * `parcel_claims`). Each document keeps its stored deadline as JSON and its due instant as a
 * timestamp for ordering and for "overdue as of".
 */
export const sqlOutstandingDocuments = (
  options: { readonly schema?: string } = {},
): SqlOutstandingDocuments => {
  const schema = options.schema ?? defaultSchema;
  const parcels = parcelFactsTable(schema, 'outstanding_documents_parcels');
  const claims = claimTable(schema, 'outstanding_documents_claims', headColumns);
  const documents = schemaNames(schema).qualified('outstanding_documents');

  return {
    schema,
    createTables: (executor) =>
      createTablesOnce(executor, schema, [
        ...parcels.ddl,
        ...claims.ddl,
        `CREATE TABLE IF NOT EXISTS ${documents} (
          stream_id text NOT NULL,
          claim_id text NOT NULL,
          document_type text NOT NULL,
          document_index integer NOT NULL,
          owed_by text NOT NULL,
          due jsonb NOT NULL,
          due_at timestamptz NOT NULL,
          status text NOT NULL,
          rejection_reason text,
          PRIMARY KEY (stream_id, claim_id, document_type)
        )`,
        `CREATE INDEX IF NOT EXISTS outstanding_documents_due_at_idx ON ${documents} (due_at)`,
      ]),
    batch: perClaimBatch(outstandingDocuments, parcels, documentTables(claims, documents)),
    reset: async (tx) => {
      await tx.query(`TRUNCATE ${documents}`);
      await claims.truncate(tx);
      await parcels.truncate(tx);
    },
    listOutstandingDocuments: async (executor, query) => {
      const { rows } = await executor.query(
        `SELECT json_build_object(
           'parcelId', c.parcel_id, 'claimId', c.claim_id, 'claimType', c.claim_type, 'sellerId', c.seller_id,
           'documentType', d.document_type, 'owedBy', d.owed_by,
           'owedByParty', CASE d.owed_by WHEN 'seller' THEN p.seller_id WHEN 'forwarder' THEN p.forwarder_id ELSE p.carrier_id END,
           'state', d.status, 'rejectionReason', d.rejection_reason, 'due', d.due,
           'overdue', $1::timestamptz > d.due_at
         )::text AS entry
         FROM ${documents} d
         JOIN ${claims.qualified} c ON c.stream_id = d.stream_id AND c.claim_id = d.claim_id
         LEFT JOIN ${parcels.qualified} p ON p.stream_id = d.stream_id
         WHERE c.open AND d.status <> 'attached'
           AND ($2::text IS NULL OR d.owed_by = $2::text)
           AND ($3::text IS NULL OR CASE d.owed_by WHEN 'seller' THEN p.seller_id WHEN 'forwarder' THEN p.forwarder_id ELSE p.carrier_id END = $3::text)
           AND ($4::text IS NULL OR c.parcel_id = $4::text)
           AND (NOT $5::boolean OR $1::timestamptz > d.due_at)
         ORDER BY d.due_at, c.opened_position, d.document_index`,
        [
          query.asOf,
          query.owedBy ?? null,
          query.party ?? null,
          query.parcelId ?? null,
          query.overdueOnly === true,
        ],
      );
      return decodeJsonRows(documents, rows, 'entry', OutstandingDocumentCodec);
    },
  };
};
