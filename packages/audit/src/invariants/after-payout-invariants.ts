import { collect } from './collect.js';
import type { Invariant } from './invariant.js';
import { claimBefore } from './view.js';

/** N3: the insurer never recovers more than it paid. */
export const n3RecoveredWithinPaid: Invariant = {
  rule: 'N3',
  statement: 'recovery follows payment, and what is recovered from the carrier never exceeds what was paid',
  check: collect('N3', (event, before) => {
    if (event.type !== 'RecoveryReceived' && event.type !== 'RecoveryFiled') return undefined;
    const claim = claimBefore(before, event);
    const paid = claim?.paidAmount ?? null;
    if (claim === undefined || paid === null) return `${event.type} before the claim was paid`;
    const { amount } = event.data;
    if (amount.currency !== paid.currency)
      return `${event.type} in ${amount.currency}, paid in ${paid.currency}`;
    const total = event.type === 'RecoveryReceived' ? claim.recovered + amount.minorUnits : amount.minorUnits;
    return total <= paid.minorUnits
      ? undefined
      : `${total} minor units ${event.type === 'RecoveryReceived' ? 'recovered' : 'filed'}, ${paid.minorUnits} paid`;
  }),
};

/** N4: a claim is repaid at most once, and only once its parcel was found after payout. */
export const n4RepaidOnceAfterFound: Invariant = {
  rule: 'N4',
  statement: 'a claim is repaid at most once, only after ParcelFoundAfterPayout, never more than was paid',
  check: collect('N4', (event, before) => {
    if (event.type !== 'ClaimRepaid') return undefined;
    const claim = claimBefore(before, event);
    if (claim === undefined || !claim.foundAfterPayout) return 'repaid though nothing was found after payout';
    if (claim.repaid > 0) return 'repaid twice';
    const paid = claim.paidAmount;
    return paid !== null &&
      event.data.amount.currency === paid.currency &&
      event.data.amount.minorUnits <= paid.minorUnits
      ? undefined
      : 'repaid more than was paid, or in another currency';
  }),
};
