import * as E from 'fp-ts/lib/Either.js';
import { because, type Rejection } from '../decider/rejection.js';
import { type Claim, type ClaimStatus, isApproved, type ParcelState } from '../decider/state.js';
import type { ClaimId, PieceId } from '../ids.js';
import { rule } from './rule.js';

/** K1: a claim command names the parcel's current claim. */
export const currentClaim = (state: ParcelState, claimId: ClaimId): E.Either<Rejection, Claim> =>
  state.claim !== null && state.claim.claimId === claimId
    ? E.right(state.claim)
    : E.left({
        code: 'NoSuchClaim',
        rule: 'K1',
        claimId,
        currentClaimId: state.claim?.claimId ?? null,
        message: because(
          'K1',
          state.claim === null
            ? `claim ${claimId} does not exist; the parcel has no claim`
            : `claim ${claimId} is not the parcel's current claim ${state.claim.claimId}`,
        ),
      });

/** K1: documents are gathered, then the dossier is submitted, then decided. */
export const claimInStatus = (requiredStatus: ClaimStatus) =>
  rule('K1', `claim ${requiredStatus}`, ({ claim }: { claim: Claim }) => notInStatus(claim, requiredStatus));

/**
 * K1: an accepted claim is decided; only a submitted one may still have a document rejected, not
 * one waiting for the answer to the insurer's request (K2).
 */
export const notYetDecided = rule('K1', 'claim not yet decided', ({ claim }: { claim: Claim }) =>
  isApproved(claim) || claim.status === 'needs-action' ? notInStatus(claim, 'submitted') : undefined,
);

const notInStatus = (claim: Claim, requiredStatus: ClaimStatus): Rejection | undefined =>
  claim.status === requiredStatus
    ? undefined
    : {
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: claim.claimId,
        status: claim.status,
        requiredStatus,
        message: because('K1', `claim ${claim.claimId} is ${claim.status}; this needs it ${requiredStatus}`),
      };

/**
 * K1: a delivery of a piece a loss claim still open holds ends that claim: the delivery writes a
 * withdrawal with reason `parcel-delivered`. A paid loss claim stays paid; a loss claim on pieces
 * the delivery does not name goes on.
 */
export const deliveryEndsLossClaim = (state: ParcelState, delivered: readonly PieceId[]): Claim | null =>
  state.claim !== null &&
  state.claim.claimType === 'loss' &&
  (state.claim.status === 'gathering-documents' ||
    state.claim.status === 'submitted' ||
    state.claim.status === 'needs-action' ||
    isApproved(state.claim)) &&
  state.claim.pieceIds.some((pieceId) => delivered.includes(pieceId))
    ? state.claim
    : null;
