import type {
  ClaimId,
  ClaimType,
  Deadline,
  DocumentOwner,
  DocumentType,
  Instant,
  NonEmptyText,
  ParcelId,
  PartyId,
} from '@parcel-claims/core';

/** A document somebody still owes on an open claim. */
export interface OutstandingDocument {
  readonly parcelId: ParcelId;
  readonly claimId: ClaimId;
  readonly claimType: ClaimType;
  readonly sellerId: PartyId;
  readonly documentType: DocumentType;
  readonly owedBy: DocumentOwner;
  /** Who that is: the seller, the forwarder, or the carrier the parcel went to (null before the handover). */
  readonly owedByParty: PartyId | null;
  /** Never provided, or provided and rejected by the insurer. */
  readonly state: 'missing' | 'rejected';
  readonly rejectionReason: NonEmptyText | null;
  readonly due: Deadline;
  /** Whether `asOf` is past the due instant. */
  readonly overdue: boolean;
}

/** Which outstanding documents to list, as of which instant. */
export interface OutstandingDocumentsQuery {
  /** The instant "overdue" is judged at; the read model has no clock. */
  readonly asOf: Instant;
  readonly owedBy?: DocumentOwner;
  /** Only documents this party owes (a seller, forwarder or carrier id). */
  readonly party?: string;
  readonly parcelId?: string;
  readonly overdueOnly?: boolean;
}
