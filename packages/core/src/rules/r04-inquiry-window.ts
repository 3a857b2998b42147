import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, Shipment } from '../decider/state.js';
import type { PolicyParameters } from '../policy/parameters.js';
import type { Instant } from '../time/instant.js';
import { withArticle } from '../vocabulary/article.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import { atLeastDaysApart, atMostDaysApart, elapsedDays } from './elapsed.js';
import { rule } from './rule.js';

/** Domestic when the parcel stays in its country of origin; international otherwise. */
export type Route = 'domestic' | 'international';

/** R4: the route of a booking, which sets the loss waiting periods. */
export const routeOf = (booking: Pick<Booking, 'origin' | 'destination'>): Route =>
  booking.origin === booking.destination ? 'domestic' : 'international';

/** R4: the waiting and no-movement periods of a loss inquiry on the route. */
export const lossWaitingPeriods = (
  route: Route,
  p: PolicyParameters,
): { readonly waitingPeriodDays: number; readonly noMovementDays: number } =>
  route === 'international'
    ? {
        waitingPeriodDays: p.internationalInquiryWaitingPeriod.value,
        noMovementDays: p.internationalNoMovementPeriod.value,
      }
    : { waitingPeriodDays: p.inquiryWaitingPeriod.value, noMovementDays: p.noMovementPeriod.value };

interface WindowInput {
  readonly claimType: ClaimType;
  readonly booking: Booking;
  readonly shipment: Shipment;
  readonly shippedAt: Instant;
  readonly p: PolicyParameters;
  readonly now: Instant;
}

const lossWindow = ({ booking, shipment, shippedAt, p, now }: WindowInput): Rejection | undefined => {
  if (shipment.deliveredAt !== null)
    return {
      code: 'ParcelAlreadyDelivered',
      rule: 'R4',
      deliveredAt: shipment.deliveredAt,
      message: because(
        'R4',
        `a loss inquiry cannot open: the parcel was delivered at ${shipment.deliveredAt}`,
      ),
    };
  const route = routeOf(booking);
  const { waitingPeriodDays, noMovementDays } = lossWaitingPeriods(route, p);
  const lastMovementAt = shipment.lastMovementAt ?? shippedAt;
  const waited = atLeastDaysApart(shippedAt, now, waitingPeriodDays);
  const still = atLeastDaysApart(lastMovementAt, now, noMovementDays);
  const daysSinceDispatch = elapsedDays(shippedAt, now);
  if (!waited && !still) {
    const daysSinceMovement = elapsedDays(lastMovementAt, now);
    return {
      code: 'InquiryTooEarly',
      rule: 'R4',
      route,
      shippedAt,
      lastMovementAt,
      daysSinceDispatch,
      daysSinceMovement,
      waitingPeriodDays,
      noMovementDays,
      message: because(
        'R4',
        `inquiry opened ${daysSinceDispatch} days after dispatch; the policy requires ${waitingPeriodDays} for ${withArticle(route)} parcel` +
          ` (or ${noMovementDays} without tracking movement; the last movement was ${daysSinceMovement} days ago)`,
      ),
    };
  }
  if (!atMostDaysApart(shippedAt, now, p.filingDeadline.value))
    return {
      code: 'FilingDeadlinePassed',
      rule: 'R4',
      shippedAt,
      daysSinceDispatch,
      filingDeadlineDays: p.filingDeadline.value,
      message: because(
        'R4',
        `inquiry opened ${daysSinceDispatch} days after dispatch; the policy allows at most ${p.filingDeadline.value}`,
      ),
    };
  return undefined;
};

const notDelivered = (claimType: ClaimType, shipment: Shipment): Rejection => ({
  code: 'ParcelNotDelivered',
  rule: 'R4',
  stage: shipment.stage,
  message: because(
    'R4',
    `${withArticle(claimType)} claim needs a delivered parcel; the parcel is at stage ${shipment.stage}`,
  ),
});

/** Damage, partial loss and missing contents: after delivery, within the damage notice window. */
const noticeWindow = ({ claimType, booking, shipment, p, now }: WindowInput): Rejection | undefined => {
  if (shipment.deliveredAt === null) return notDelivered(claimType, shipment);
  if (claimType === 'partial-loss') {
    const delivered = new Set<string>(shipment.deliveredPieceIds);
    if (booking.pieces.every((piece) => delivered.has(piece.pieceId)))
      return {
        code: 'NoPieceMissing',
        rule: 'R4',
        deliveredPieceIds: shipment.deliveredPieceIds,
        message: because(
          'R4',
          `a partial-loss claim needs a delivery that left pieces behind; every piece was delivered (${shipment.deliveredPieceIds.join(', ')})`,
        ),
      };
  }
  if (!atMostDaysApart(shipment.deliveredAt, now, p.damageNoticeWindow.value)) {
    const daysSinceDelivery = elapsedDays(shipment.deliveredAt, now);
    return {
      code: 'DamageNoticeTooLate',
      rule: 'R4',
      claimType,
      deliveredAt: shipment.deliveredAt,
      daysSinceDelivery,
      noticeWindowDays: p.damageNoticeWindow.value,
      message: because(
        'R4',
        `${claimType} reported ${daysSinceDelivery} days after delivery; the policy allows at most ${p.damageNoticeWindow.value}`,
      ),
    };
  }
  return undefined;
};

/** Theft after delivery: after delivery, once its own waiting period has passed, within its own window. */
const theftWindow = ({ claimType, shipment, p, now }: WindowInput): Rejection | undefined => {
  if (shipment.deliveredAt === null) return notDelivered(claimType, shipment);
  const daysSinceDelivery = elapsedDays(shipment.deliveredAt, now);
  if (!atLeastDaysApart(shipment.deliveredAt, now, p.theftWaitingPeriod.value))
    return {
      code: 'TheftClaimTooEarly',
      rule: 'R4',
      deliveredAt: shipment.deliveredAt,
      daysSinceDelivery,
      waitingPeriodDays: p.theftWaitingPeriod.value,
      message: because(
        'R4',
        `theft after delivery reported ${daysSinceDelivery} days after delivery; the policy waits ${p.theftWaitingPeriod.value}`,
      ),
    };
  if (!atMostDaysApart(shipment.deliveredAt, now, p.theftNoticeWindow.value))
    return {
      code: 'TheftNoticeTooLate',
      rule: 'R4',
      deliveredAt: shipment.deliveredAt,
      daysSinceDelivery,
      noticeWindowDays: p.theftNoticeWindow.value,
      message: because(
        'R4',
        `theft after delivery reported ${daysSinceDelivery} days after delivery; the policy allows at most ${p.theftNoticeWindow.value}`,
      ),
    };
  return undefined;
};

const windows: { readonly [T in ClaimType]: (input: WindowInput) => Rejection | undefined } = {
  loss: lossWindow,
  damage: noticeWindow,
  'partial-loss': noticeWindow,
  'missing-contents': noticeWindow,
  'theft-after-delivery': theftWindow,
};

/**
 * R4: a loss inquiry opens after the waiting period after dispatch (or the no-movement period
 * after the last scan), both set apart for domestic and international parcels, and within the
 * filing deadline, never for a delivered parcel; a damage, partial-loss or missing-contents claim
 * opens only after delivery, within the damage notice window, a partial loss only after a
 * delivery without every piece; a theft-after-delivery claim only
 * after delivery, once the theft waiting period has passed and within the theft notice window.
 * Periods are elapsed time.
 */
export const inquiryWindow = rule(
  'R4',
  'inquiry window',
  (given: {
    command: { data: { claimType: ClaimType; now: Instant } };
    booking: Booking;
    shipment: Shipment;
    shippedAt: Instant;
    terms: { policy: { parameters: PolicyParameters } };
  }) => {
    const { claimType, now } = given.command.data;
    const { booking, shipment, shippedAt } = given;
    return windows[claimType]({
      claimType,
      booking,
      shipment,
      shippedAt,
      p: given.terms.policy.parameters,
      now,
    });
  },
);
