import * as E from 'fp-ts/lib/Either.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Coverage, ParcelState, Shipment } from '../decider/state.js';
import type { Instant } from '../time/instant.js';
import { rule } from './rule.js';

/**
 * R3, at purchase: insurance is bought once, before the parcel leaves the processing centre
 * (standalone insurance bought after dispatch is void, so it is refused here).
 */
export const insuranceBeforeDispatch = rule(
  'R3',
  'insured before dispatch',
  ({ state, command }: { state: ParcelState; command: { data: { now: Instant } } }) =>
    insuredLate(state, command.data.now),
);

const insuredLate = (state: ParcelState, now: Instant): Rejection | undefined => {
  if (state.coverage !== null)
    return {
      code: 'AlreadyInsured',
      rule: 'R3',
      purchasedAt: state.coverage.purchasedAt,
      message: because('R3', `the parcel is already insured since ${state.coverage.purchasedAt}`),
    };
  const shippedAt = state.shipment?.shippedAt ?? null;
  if (shippedAt !== null)
    return {
      code: 'InsuranceAfterDispatch',
      rule: 'R3',
      shippedAt,
      now,
      message: because(
        'R3',
        `insurance requested at ${now}, after the parcel was dispatched at ${shippedAt}`,
      ),
    };
  return undefined;
};

/** An insured, dispatched parcel: what a claim can be made on. */
export interface ClaimableParcel {
  readonly coverage: Coverage;
  readonly shipment: Shipment;
  readonly shippedAt: Instant;
}

/** R3, at a claim: only a parcel that was insured (necessarily before dispatch) and actually shipped. */
export const claimableParcel = (state: ParcelState): E.Either<Rejection, ClaimableParcel> => {
  if (state.coverage === null)
    return E.left({
      code: 'ParcelNotInsured',
      rule: 'R3',
      parcelId: state.parcelId,
      message: because('R3', `parcel ${state.parcelId ?? '(not booked)'} has no insurance`),
    });
  const shipment = state.shipment;
  if (shipment === null || shipment.shippedAt === null)
    return E.left({
      code: 'ParcelNotShipped',
      rule: 'R3',
      stage: shipment?.stage ?? null,
      message: because(
        'R3',
        `the parcel has not left the processing centre (stage ${shipment?.stage ?? 'none'})`,
      ),
    });
  return E.right({ coverage: state.coverage, shipment, shippedAt: shipment.shippedAt });
};
