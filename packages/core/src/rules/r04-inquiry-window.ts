import { because, type Rejection } from '../decider/rejection.js';
import type { Shipment } from '../decider/state.js';
import type { PolicyParameters } from '../policy/parameters.js';
import type { Instant } from '../time/instant.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import { atLeastDaysApart, atMostDaysApart, elapsedDays } from './elapsed.js';
import { rule } from './rule.js';

const lossWindow = (
  shipment: Shipment,
  shippedAt: Instant,
  p: PolicyParameters,
  now: Instant,
): Rejection | undefined => {
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
  const lastMovementAt = shipment.lastMovementAt ?? shippedAt;
  const waited = atLeastDaysApart(shippedAt, now, p.inquiryWaitingPeriod.value);
  const still = atLeastDaysApart(lastMovementAt, now, p.noMovementPeriod.value);
  const daysSinceDispatch = elapsedDays(shippedAt, now);
  if (!waited && !still) {
    const daysSinceMovement = elapsedDays(lastMovementAt, now);
    return {
      code: 'InquiryTooEarly',
      rule: 'R4',
      shippedAt,
      lastMovementAt,
      daysSinceDispatch,
      daysSinceMovement,
      waitingPeriodDays: p.inquiryWaitingPeriod.value,
      noMovementDays: p.noMovementPeriod.value,
      message: because(
        'R4',
        `inquiry opened ${daysSinceDispatch} days after dispatch; the policy requires ${p.inquiryWaitingPeriod.value}` +
          ` (or ${p.noMovementPeriod.value} without tracking movement; the last movement was ${daysSinceMovement} days ago)`,
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

const damageWindow = (shipment: Shipment, p: PolicyParameters, now: Instant): Rejection | undefined => {
  if (shipment.deliveredAt === null)
    return {
      code: 'ParcelNotDelivered',
      rule: 'R4',
      stage: shipment.stage,
      message: because(
        'R4',
        `a damage claim needs a delivered parcel; the parcel is at stage ${shipment.stage}`,
      ),
    };
  if (!atMostDaysApart(shipment.deliveredAt, now, p.damageNoticeWindow.value)) {
    const daysSinceDelivery = elapsedDays(shipment.deliveredAt, now);
    return {
      code: 'DamageNoticeTooLate',
      rule: 'R4',
      deliveredAt: shipment.deliveredAt,
      daysSinceDelivery,
      noticeWindowDays: p.damageNoticeWindow.value,
      message: because(
        'R4',
        `damage reported ${daysSinceDelivery} days after delivery; the policy allows at most ${p.damageNoticeWindow.value}`,
      ),
    };
  }
  return undefined;
};

/**
 * R4: a loss inquiry opens after the waiting period after dispatch (or the no-movement period
 * after the last scan) and within the filing deadline, never for a delivered parcel; a damage
 * claim opens only after delivery, within the damage notice window. Periods are elapsed time.
 */
export const inquiryWindow = rule(
  'R4',
  'inquiry window',
  (given: {
    command: { data: { claimType: ClaimType; now: Instant } };
    shipment: Shipment;
    shippedAt: Instant;
    terms: { policy: { parameters: PolicyParameters } };
  }) => {
    const { claimType, now } = given.command.data;
    return outsideWindow(claimType, given.shipment, given.shippedAt, given.terms.policy.parameters, now);
  },
);

const outsideWindow = (
  claimType: ClaimType,
  shipment: Shipment,
  shippedAt: Instant,
  p: PolicyParameters,
  now: Instant,
): Rejection | undefined =>
  claimType === 'loss' ? lossWindow(shipment, shippedAt, p, now) : damageWindow(shipment, p, now);
