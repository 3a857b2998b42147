import { type ClaimStatus, type ClaimType, parcelStreamId } from '@parcel-claims/core';
import { claimKey } from '../per-claim/claim-key.js';
import { comparePositions } from '../per-claim/compare-positions.js';
import type { BoardEntry, BoardRow } from './board-entry.js';
import type { ClaimsBoard } from './claims-board.js';

/** Which claims to list; every field narrows the list, none lists every claim. */
export interface ClaimFilter {
  readonly status?: ClaimStatus;
  readonly claimType?: ClaimType;
  readonly sellerId?: string;
  readonly parcelId?: string;
}

/** Every claim status, in lifecycle order. */
export const claimStatuses: readonly ClaimStatus[] = [
  'gathering-documents',
  'submitted',
  'needs-action',
  'accepted',
  'approved-partial',
  'paid',
  'rejected',
  'lapsed',
  'withdrawn',
];

const entryOf = ({ openedPosition: _position, ...entry }: BoardRow): BoardEntry => entry;

const matches = (row: BoardRow, filter: ClaimFilter): boolean =>
  (filter.status === undefined || row.status === filter.status) &&
  (filter.claimType === undefined || row.claimType === filter.claimType) &&
  (filter.sellerId === undefined || row.sellerId === filter.sellerId) &&
  (filter.parcelId === undefined || row.parcelId === filter.parcelId);

/**
 * The claims that match, in the order their inquiries were opened.
 *
 * @example
 * listClaims(board, { status: 'accepted', sellerId: 'seller-1' });
 */
export const listClaims = (board: ClaimsBoard, filter: ClaimFilter = {}): readonly BoardEntry[] =>
  [...board.claims.values()]
    .filter((row) => matches(row, filter))
    .sort((a, b) => comparePositions(a.openedPosition, b.openedPosition))
    .map(entryOf);

/** One claim of a parcel (parcel streams are `parcel-<parcelId>`), or null. */
export const findClaim = (board: ClaimsBoard, parcelId: string, claimId: string): BoardEntry | null => {
  const row = board.claims.get(claimKey(parcelStreamId(parcelId), claimId));
  return row === undefined ? null : entryOf(row);
};

/** A count of zero for every status, to count claims into. */
export const zeroByStatus = (): Record<ClaimStatus, number> => ({
  'gathering-documents': 0,
  submitted: 0,
  'needs-action': 0,
  accepted: 0,
  'approved-partial': 0,
  paid: 0,
  rejected: 0,
  lapsed: 0,
  withdrawn: 0,
});

/** How many claims are in each status; every status is present. */
export const countClaimsByStatus = (board: ClaimsBoard): Readonly<Record<ClaimStatus, number>> => {
  const counts = zeroByStatus();
  for (const row of board.claims.values()) counts[row.status] += 1;
  return counts;
};
