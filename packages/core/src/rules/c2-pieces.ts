import * as E from 'fp-ts/lib/Either.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, Claim, ParcelState, Shipment } from '../decider/state.js';
import type { ClaimId, PieceId } from '../ids.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import { duplicatePiece } from './c1-coverage-terms.js';
import { type Finding, rule } from './rule.js';

const unknownPiece = (field: string, pieceId: PieceId): Rejection => ({
  code: 'UnknownPiece',
  rule: 'C2',
  field,
  pieceId,
  message: because('C2', `piece ${pieceId} is not a piece of this parcel (${field})`),
});

/** C2: a list of pieces names at least one, each once, each a booked piece of the parcel. */
export const badPieceList = (
  booking: Booking,
  pieceIds: readonly PieceId[],
  field: string,
): Rejection | undefined => {
  if (pieceIds.length === 0)
    return { code: 'NoPiecesNamed', rule: 'C2', field, message: because('C2', `${field} names no piece`) };
  const booked = new Set<string>(booking.pieces.map((piece) => piece.pieceId));
  const seen = new Set<string>();
  for (const [index, pieceId] of pieceIds.entries()) {
    if (seen.has(pieceId)) return duplicatePiece('C2', `${field}[${index}]`, pieceId);
    seen.add(pieceId);
    if (!booked.has(pieceId)) return unknownPiece(`${field}[${index}]`, pieceId);
  }
  return undefined;
};

/** C2, at delivery: the delivered pieces are booked pieces, each named once. */
export const deliveredPiecesKnown = rule(
  'C2',
  'delivered pieces known',
  ({ booking, command }: { booking: Booking; command: { data: { pieceIds: readonly PieceId[] } } }) =>
    badPieceList(booking, command.data.pieceIds, 'pieceIds'),
);

/** Every claim of the parcel, oldest first. */
const claimsOf = (state: ParcelState): readonly Claim[] =>
  state.claim === null ? state.earlierClaims : [...state.earlierClaims, state.claim];

/**
 * The claim holding each piece: every claim holds its pieces but a withdrawn or lapsed one, which
 * ended without a decision and so leaves them to be claimed again.
 */
export const heldPieces = (state: ParcelState): ReadonlyMap<PieceId, ClaimId> => {
  const held = new Map<PieceId, ClaimId>();
  for (const claim of claimsOf(state)) {
    if (claim.status === 'withdrawn') continue;
    if (claim.status === 'lapsed') continue;
    for (const pieceId of claim.pieceIds) held.set(pieceId, claim.claimId);
  }
  return held;
};

/** Claim types that take every piece no other claim holds, rather than naming pieces. */
const wholeParcelTypes: ReadonlySet<ClaimType> = new Set<ClaimType>(['loss', 'damage']);

/** Claim types that claim pieces as not received: a delivered piece cannot be among them. */
const notReceivedTypes: ReadonlySet<ClaimType> = new Set<ClaimType>(['loss', 'partial-loss']);

export interface PieceClaim {
  readonly claimType: ClaimType;
  readonly pieceIds: readonly PieceId[] | null;
}

/**
 * C2, at an inquiry: the pieces the claim covers. Loss and damage take every piece no earlier claim
 * (but a withdrawn or lapsed one) holds, unless they name pieces; other types name theirs. A piece
 * is claimed at most once across the parcel's claims, and a loss cannot claim a delivered piece.
 */
export const claimedPieces = (
  state: ParcelState,
  booking: Booking,
  shipment: Shipment,
  request: PieceClaim,
): E.Either<Rejection, readonly PieceId[]> => {
  const held = heldPieces(state);
  if (request.pieceIds === null) {
    const free = booking.pieces.map((piece) => piece.pieceId).filter((id) => !held.has(id));
    if (free.length === 0 || !wholeParcelTypes.has(request.claimType))
      return E.left({
        code: free.length === 0 ? 'NoClaimablePiece' : 'NoPiecesNamed',
        rule: 'C2',
        field: 'pieceIds',
        message: because(
          'C2',
          free.length === 0
            ? 'every piece of the parcel is already held by a claim'
            : `a ${request.claimType} claim names its pieces`,
        ),
      });
    return refusedDelivered(request.claimType, shipment, free, 'pieceIds') ?? E.right(free);
  }
  const bad = badPieceList(booking, request.pieceIds, 'pieceIds');
  if (bad !== undefined) return E.left(bad);
  for (const [index, pieceId] of request.pieceIds.entries()) {
    const holder = held.get(pieceId);
    if (holder !== undefined)
      return E.left({
        code: 'PieceAlreadyClaimed',
        rule: 'C2',
        field: `pieceIds[${index}]`,
        pieceId,
        claimId: holder,
        message: because('C2', `piece ${pieceId} is already claimed by claim ${holder}`),
      });
  }
  return (
    refusedDelivered(request.claimType, shipment, request.pieceIds, 'pieceIds') ?? E.right(request.pieceIds)
  );
};

const refusedDelivered = (
  claimType: ClaimType,
  shipment: Shipment,
  pieceIds: readonly PieceId[],
  field: string,
): E.Either<Rejection, never> | undefined => {
  if (!notReceivedTypes.has(claimType)) return undefined;
  const delivered = new Set<string>(shipment.deliveredPieceIds);
  const index = pieceIds.findIndex((id) => delivered.has(id));
  const pieceId = pieceIds[index];
  if (pieceId === undefined) return undefined;
  return E.left({
    code: 'PieceAlreadyDelivered',
    rule: 'C2',
    field: `${field}[${index}]`,
    pieceId,
    claimType,
    message: because('C2', `piece ${pieceId} was delivered; a ${claimType} claim cannot hold it`),
  });
};

/** C2: the pieces an inquiry covers, found by {@link claimedPieces}. */
export const claimedPiecesFound: Finding<
  {
    state: ParcelState;
    booking: Booking;
    shipment: Shipment;
    command: { data: { claimType: ClaimType; pieceIds: readonly PieceId[] | null } };
  },
  { pieceIds: readonly PieceId[] }
> = {
  steps: [{ rule: 'C2', name: 'pieces claimed once' }],
  find: ({ state, booking, shipment, command }) =>
    E.map((pieceIds: readonly PieceId[]) => ({ pieceIds }))(
      claimedPieces(state, booking, shipment, command.data),
    ),
};
