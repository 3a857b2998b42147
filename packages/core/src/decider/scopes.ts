import * as E from 'fp-ts/lib/Either.js';
import type { ClaimId } from '../ids.js';
import { currentClaim } from '../rules/k1-claim-lifecycle.js';
import { type BookedParcel, bookedParcel } from '../rules/l1-shipment-lifecycle.js';
import { type ClaimableParcel, claimableParcel } from '../rules/r03-insured-before-dispatch.js';
import type { RuleStep } from '../rules/rule.js';
import type { Rejection } from './rejection.js';
import type { Claim, ParcelState } from './state.js';
import { type ClaimTerms, type DeciderContext, termsOf } from './terms.js';

/**
 * What a command acts on, and how it is found in the state: the booked parcel, the insured parcel
 * and its terms, or the current claim. Finding it is the first rules a command checks (`steps`,
 * in order); the command's own rules come after.
 */
export interface Scope<Target, C> {
  readonly steps: readonly RuleStep[];
  readonly find: (state: ParcelState, command: C, context: DeciderContext) => E.Either<Rejection, Target>;
}

/** The whole stream, booked or not: nothing to find. */
export const wholeStream: Scope<object, unknown> = { steps: [], find: () => E.right({}) };

const parcelBookedStep: RuleStep = { rule: 'L1', name: 'parcel booked' };
const insuredAndShippedStep: RuleStep = { rule: 'R3', name: 'insured and shipped' };
const currentClaimStep: RuleStep = { rule: 'K1', name: 'current claim' };
const termsKnownStep: RuleStep = { rule: 'C1', name: 'coverage terms known' };

/** A booked parcel: its booking and shipment. */
export const bookedParcelScope: Scope<BookedParcel, { readonly type: string }> = {
  steps: [parcelBookedStep],
  find: (state, command) => bookedParcel(state, command.type),
};

/** An insured, dispatched parcel with the terms its coverage was bought under. */
export interface InsuredParcel extends BookedParcel, ClaimableParcel {
  readonly terms: ClaimTerms;
}

/** An insured, dispatched parcel: what an inquiry opens on. */
export const insuredParcelScope: Scope<InsuredParcel, { readonly type: string }> = {
  steps: [parcelBookedStep, insuredAndShippedStep, termsKnownStep],
  find: (state, command, context) => {
    const parcel = bookedParcel(state, command.type);
    if (E.isLeft(parcel)) return parcel;
    const claimable = claimableParcel(state);
    if (E.isLeft(claimable)) return claimable;
    const terms = termsOf(claimable.right.coverage, context);
    if (E.isLeft(terms)) return terms;
    return E.right({ ...parcel.right, ...claimable.right, terms: terms.right });
  },
};

/** The parcel's current claim, named by the command, with the parcel and its terms. */
export interface ClaimInContext extends InsuredParcel {
  readonly claim: Claim;
}

/** The current claim a command names. */
export const currentClaimScope: Scope<
  ClaimInContext,
  { readonly type: string; readonly data: { readonly claimId: ClaimId } }
> = {
  steps: [parcelBookedStep, insuredAndShippedStep, currentClaimStep, termsKnownStep],
  find: (state, command, context) => {
    const parcel = bookedParcel(state, command.type);
    if (E.isLeft(parcel)) return parcel;
    const claimable = claimableParcel(state);
    if (E.isLeft(claimable)) return claimable;
    const claim = currentClaim(state, command.data.claimId);
    if (E.isLeft(claim)) return claim;
    const terms = termsOf(claimable.right.coverage, context);
    if (E.isLeft(terms)) return terms;
    return E.right({ ...parcel.right, ...claimable.right, claim: claim.right, terms: terms.right });
  },
};
