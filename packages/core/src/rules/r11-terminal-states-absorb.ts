import { because, type Rejection } from '../decider/rejection.js';
import { type Claim, isClosed } from '../decider/state.js';
import { rule } from './rule.js';

/**
 * R11: once a claim is paid, rejected, lapsed or withdrawn, no command changes it. The parcel's
 * own facts (tracking, a late delivery) are still recorded, and after a lapse or withdrawal a new
 * inquiry may open (R5).
 */
export const claimStillOpen = rule('R11', 'claim still open', ({ claim }: { claim: Claim }) =>
  closedClaim(claim),
);

const closedClaim = (claim: Claim): Rejection | undefined =>
  isClosed(claim)
    ? {
        code: 'ClaimClosed',
        rule: 'R11',
        claimId: claim.claimId,
        status: claim.status,
        message: because(
          'R11',
          `claim ${claim.claimId} is ${claim.status}; a closed claim accepts no further change`,
        ),
      }
    : undefined;
