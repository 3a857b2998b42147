import type {
  ClaimId,
  ClaimType,
  Deadline,
  DocumentOwner,
  DocumentStatus,
  DocumentType,
  NonEmptyText,
  ParcelId,
  PartyId,
} from '@parcel-claims/core';

/** One required document of a claim, as the events left it. */
export interface DocumentSlotRow {
  readonly documentType: DocumentType;
  readonly owedBy: DocumentOwner;
  readonly due: Deadline;
  readonly status: DocumentStatus;
  /** Why the insurer rejected it, while it stays rejected. */
  readonly rejectionReason: NonEmptyText | null;
}

/** A claim's documents; `open` turns false when the claim ends and nobody owes anything more. */
export interface ClaimDocumentsRow {
  readonly streamId: string;
  readonly parcelId: ParcelId;
  readonly claimId: ClaimId;
  readonly claimType: ClaimType;
  readonly sellerId: PartyId;
  readonly open: boolean;
  readonly openedPosition: bigint;
  readonly documents: readonly DocumentSlotRow[];
}
