import { claimKey } from '../per-claim/claim-key.js';
import type { ClaimRows, ClaimTable } from '../sql/claim-table.js';
import { rowStatements } from '../sql/row-statements.js';
import type { BatchWrite } from '../sql/sql-batch.js';
import { type ClaimDocumentsHead, decodeSlots, slotColumns, slotColumnValues } from './document-columns.js';
import type { ClaimDocumentsRow, DocumentSlotRow } from './document-rows.js';

/**
 * The outstanding documents' rows kept in two tables: the claim's part in `claims`, each required
 * document in its own row of `documents` (qualified), keyed by stream, claim and document type
 * and ordered by `document_index`.
 */
export const documentTables = (
  claims: ClaimTable<ClaimDocumentsHead>,
  documents: string,
): ClaimRows<ClaimDocumentsRow> => {
  const statements = rowStatements(documents, ['stream_id', 'claim_id', 'document_type'], slotColumns);
  const remove: BatchWrite = (rows) => `DELETE FROM ${documents} d
    USING json_to_recordset(${rows}) AS x(stream_id text, claim_id text, document_type text)
    WHERE d.stream_id = x.stream_id AND d.claim_id = x.claim_id AND d.document_type = x.document_type`;
  return {
    reads: [...claims.reads, statements.read],
    decode: (read) => {
      const heads = claims.decode(read.slice(0, claims.reads.length));
      const slots = new Map<string, { index: number; slot: DocumentSlotRow }[]>();
      for (const { streamId, claimId, index, slot } of decodeSlots(
        documents,
        read[claims.reads.length] ?? '[]',
      )) {
        const key = claimKey(streamId, claimId);
        const list = slots.get(key) ?? [];
        list.push({ index, slot });
        slots.set(key, list);
      }
      return heads.map(({ streamId, claimId, row }) => ({
        streamId,
        claimId,
        row: {
          ...row,
          documents: (slots.get(claimKey(streamId, claimId)) ?? [])
            .sort((a, b) => a.index - b.index)
            .map(({ slot }) => slot),
        },
      }));
    },
    writes: (changes) => {
      const written: Readonly<Record<string, unknown>>[] = [];
      const removed: Readonly<Record<string, unknown>>[] = [];
      for (const { streamId, claimId, before, after } of changes) {
        // The pure rules replace only the slots they change; an inquiry opened again replaces them all.
        after.documents.forEach((slot, index) => {
          if (slot !== before?.documents[index])
            written.push(slotColumnValues(streamId, claimId, index, slot));
        });
        const kept = new Set(after.documents.map((slot) => slot.documentType));
        for (const slot of before?.documents ?? []) {
          if (!kept.has(slot.documentType))
            removed.push({ stream_id: streamId, claim_id: claimId, document_type: slot.documentType });
        }
      }
      return [
        ...claims.writes(changes),
        { statement: remove, rows: removed },
        { statement: statements.upsert, rows: written },
      ];
    },
  };
};
