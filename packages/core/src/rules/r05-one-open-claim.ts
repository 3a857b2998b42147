import { because, type Rejection } from '../decider/rejection.js';
import { type Claim, openClaim, type ParcelState } from '../decider/state.js';
import type { ClaimId, CommandId } from '../ids.js';
import { rule } from './rule.js';

/** R5: a command whose id this stream has already applied changes nothing. */
export const isRepeatedCommand = (state: ParcelState, commandId: CommandId): boolean => {
  for (let t = state.commands; t !== null; t = t.previous) if (t.commandId === commandId) return true;
  return false;
};

const isDecided = (c: Claim): boolean => c.status === 'paid' || c.status === 'rejected';

/** The claim that settled the coverage: a paid or rejected claim settles its pieces, the coverage once all are. */
const settled = (state: ParcelState, claims: readonly Claim[]): Claim | undefined => {
  const decided = claims.filter(isDecided);
  const pieces = new Set<string>(decided.flatMap((c) => c.pieceIds));
  const booked = state.booking?.pieces ?? [];
  return booked.every((piece) => pieces.has(piece.pieceId)) ? decided[decided.length - 1] : undefined;
};

/**
 * R5: at most one open claim per parcel. A claim id is used once, and once an insurer has paid or
 * rejected claims holding every piece the coverage is settled: only lapsed or withdrawn claims, or
 * pieces no decided claim holds, make room for another.
 */
export const oneOpenClaim = rule(
  'R5',
  'one open claim',
  ({ state, command }: { state: ParcelState; command: { data: { claimId: ClaimId } } }) =>
    anotherClaim(state, command.data.claimId),
);

const anotherClaim = (state: ParcelState, claimId: ClaimId): Rejection | undefined => {
  const open = openClaim(state);
  if (open !== null)
    return {
      code: 'ClaimAlreadyOpen',
      rule: 'R5',
      openClaimId: open.claimId,
      status: open.status,
      message: because('R5', `claim ${open.claimId} is still open (${open.status})`),
    };
  const all = state.claim === null ? state.earlierClaims : [...state.earlierClaims, state.claim];
  const decided = settled(state, all);
  if (decided !== undefined)
    return {
      code: 'CoverageAlreadySettled',
      rule: 'R5',
      settledClaimId: decided.claimId,
      status: decided.status,
      message: because('R5', `claim ${decided.claimId} was ${decided.status}; the coverage is settled`),
    };
  if (all.some((c) => c.claimId === claimId))
    return {
      code: 'ClaimIdAlreadyUsed',
      rule: 'R5',
      claimId,
      message: because('R5', `claim id ${claimId} was already used on this parcel`),
    };
  return undefined;
};
