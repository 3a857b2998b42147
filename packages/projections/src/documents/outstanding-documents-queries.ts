import { instantMillis, isOverdue, type PartyId } from '@parcel-claims/core';
import { comparePositions } from '../per-claim/compare-positions.js';
import type { ParcelFacts } from '../per-claim/parcel-facts.js';
import type { ClaimDocumentsRow } from './document-rows.js';
import type { OutstandingDocument, OutstandingDocumentsQuery } from './outstanding-document.js';
import type { OutstandingDocuments } from './outstanding-documents.js';

interface Ordered {
  readonly document: OutstandingDocument;
  readonly openedPosition: bigint;
  readonly index: number;
}

const partyOf = (owedBy: OutstandingDocument['owedBy'], parcel: ParcelFacts | undefined): PartyId | null => {
  switch (owedBy) {
    case 'seller':
      return parcel?.sellerId ?? null;
    case 'forwarder':
      return parcel?.forwarderId ?? null;
    case 'carrier':
      return parcel?.carrierId ?? null;
  }
};

const outstandingOf = (
  row: ClaimDocumentsRow,
  parcel: ParcelFacts | undefined,
  asOf: OutstandingDocumentsQuery['asOf'],
): readonly Ordered[] =>
  row.documents.flatMap((slot, index) =>
    slot.status === 'attached'
      ? []
      : [
          {
            openedPosition: row.openedPosition,
            index,
            document: {
              parcelId: row.parcelId,
              claimId: row.claimId,
              claimType: row.claimType,
              sellerId: row.sellerId,
              documentType: slot.documentType,
              owedBy: slot.owedBy,
              owedByParty: partyOf(slot.owedBy, parcel),
              state: slot.status,
              rejectionReason: slot.rejectionReason,
              due: slot.due,
              overdue: isOverdue(slot.due, asOf),
            },
          },
        ],
  );

const byDueDate = (a: Ordered, b: Ordered): number =>
  instantMillis(a.document.due.dueAt) - instantMillis(b.document.due.dueAt) ||
  comparePositions(a.openedPosition, b.openedPosition) ||
  a.index - b.index;

/**
 * Who owes which document by when, on every open claim, with `overdue` judged as of
 * `query.asOf`; soonest due first.
 *
 * @example
 * listOutstandingDocuments(model, { asOf: instantFromMillis(Date.now()), owedBy: 'carrier', overdueOnly: true });
 */
export const listOutstandingDocuments = (
  model: OutstandingDocuments,
  query: OutstandingDocumentsQuery,
): readonly OutstandingDocument[] =>
  [...model.claims.values()]
    .filter((row) => row.open && (query.parcelId === undefined || row.parcelId === query.parcelId))
    .flatMap((row) => outstandingOf(row, model.parcels.get(row.streamId), query.asOf))
    .filter(
      ({ document }) =>
        (query.owedBy === undefined || document.owedBy === query.owedBy) &&
        (query.party === undefined || document.owedByParty === query.party) &&
        (query.overdueOnly !== true || document.overdue),
    )
    .sort(byDueDate)
    .map(({ document }) => document);
