import * as E from 'fp-ts/lib/Either.js';
import { addCalendarDays, type Deadline, isOverdue } from '../calendar/index.js';
import { because } from '../decider/rejection.js';
import type { Booking, Claim, FoundAfterPayout, ParcelState } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { PieceId } from '../ids.js';
import { divideHalfEven } from '../money/half-even.js';
import type { Money } from '../money/index.js';
import { isMinorUnits } from '../money/money.js';
import type { Instant } from '../time/instant.js';
import type { Finding } from './rule.js';

/**
 * N4: a delivery of pieces a paid claim held, claimed as lost (a loss or partial-loss claim), finds
 * them after payout, once: the pieces found, or null when the delivery finds nothing.
 */
export const foundAfterPayout = (
  state: ParcelState,
  delivered: readonly PieceId[],
): readonly PieceId[] | null => {
  const claim = state.claim;
  if (claim === null || claim.status !== 'paid' || claim.followUp.found !== null) return null;
  if (claim.claimType !== 'loss' && claim.claimType !== 'partial-loss') return null;
  const found = claim.pieceIds.filter((pieceId) => delivered.includes(pieceId));
  return found.length === 0 ? null : found;
};

/** N4: the insured elects within `salvageElectionWindow` calendar days of the find, in the payer calendar. */
export const electionDueDate = (terms: ClaimTerms, foundAt: Instant): Deadline =>
  addCalendarDays(terms.calendar, foundAt, terms.policy.parameters.salvageElectionWindow.value);

/** N4: the election is made once, on a parcel found after payout: the find and the payout it answers. */
export const electionFound: Finding<
  { readonly claim: Claim },
  { readonly found: FoundAfterPayout; readonly paid: Money }
> = {
  steps: [{ rule: 'N4', name: 'found, not yet elected' }],
  find: ({ claim }) => {
    const found = claim.followUp.found;
    const paid = claim.payment?.amount;
    if (found === null || paid === undefined)
      return E.left({
        code: 'NothingFoundAfterPayout',
        rule: 'N4',
        claimId: claim.claimId,
        message: because('N4', `nothing of claim ${claim.claimId} was found after payout`),
      });
    return found.election === null
      ? E.right({ found, paid })
      : E.left({
          code: 'SalvageAlreadyElected',
          rule: 'N4',
          election: found.election,
          message: because('N4', `the insured already elected to ${found.election}`),
        });
  },
};

const goodsValueOf = (booking: Booking, pieceIds: readonly PieceId[]): bigint =>
  booking.pieces
    .filter((p) => pieceIds.includes(p.pieceId))
    .reduce((sum, p) => sum + BigInt(p.goodsValue.minorUnits), 0n);

/**
 * N4: what the insured repays: the whole payout when every claimed piece was found, else the found
 * pieces' share of it by goods value, rounded half-even to the minor unit.
 */
export const repayment = (booking: Booking, claim: Claim, paid: Money, found: FoundAfterPayout): Money => {
  const claimed = goodsValueOf(booking, claim.pieceIds);
  const back = goodsValueOf(booking, found.pieceIds);
  if (claimed === 0n || back >= claimed) return paid;
  // A share of the payout is never more than the payout, so it is always whole minor units.
  const minorUnits = Number(divideHalfEven(BigInt(paid.minorUnits) * back, claimed));
  return isMinorUnits(minorUnits) ? { minorUnits, currency: paid.currency } : paid;
};

/** N4: an election not made by its stored due date is flagged once. */
export const electionNowOverdue = (claim: Claim, now: Instant): FoundAfterPayout | null => {
  const found = claim.followUp.found;
  return found !== null &&
    found.election === null &&
    !found.electionOverdue &&
    isOverdue(found.electionDue, now)
    ? found
    : null;
};
