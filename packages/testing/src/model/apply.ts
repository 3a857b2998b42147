import type { ClaimEvent } from '@parcel-claims/core';
import { applyToClaim, openedClaim } from './apply-claim.js';
import type { ModelCommand } from './model-command.js';
import { openClaimOf, type ParcelModel } from './parcel-model.js';

/** The parcel's own facts after a shipment command was accepted. */
const applyToShipment = (parcel: ParcelModel, c: ModelCommand): ParcelModel => {
  switch (c.type) {
    case 'BookParcel':
      return { ...parcel, booking: { declared: c.declared, shipping: c.shipping }, stage: 'booked' };
    case 'PurchaseInsurance':
      return { ...parcel, coverage: { insured: c.insured, coversShipping: c.coversShipping } };
    case 'RecordPickup':
      return { ...parcel, stage: 'picked-up' };
    case 'RecordHubArrival':
      return { ...parcel, stage: 'at-hub' };
    case 'ShipParcel':
      return { ...parcel, stage: 'shipped', shippedAt: c.now, lastMovementAt: c.now };
    case 'HandOverToCarrier':
      return { ...parcel, stage: 'with-carrier', lastMovementAt: c.now };
    case 'RecordTrackingUpdate':
      // A late-recorded older scan does not move the last movement back.
      return { ...parcel, lastMovementAt: Math.max(parcel.lastMovementAt ?? c.scannedAt, c.scannedAt) };
    case 'RecordDelivery': {
      const open = openClaimOf(parcel);
      const ended = open?.claimType === 'loss' ? { ...open, status: 'withdrawn' as const } : parcel.claim;
      return { ...parcel, stage: 'delivered', deliveredAt: c.now, claim: ended };
    }
    default:
      return parcel;
  }
};

/**
 * The parcel after the service accepted `c` and wrote `events` (whose types the caller has checked
 * against the model's verdict). Calendar-day due dates are the model's own; working-day ones are
 * read from the events.
 */
export const applyAccepted = (
  parcel: ParcelModel,
  c: ModelCommand,
  events: readonly ClaimEvent[],
): ParcelModel => {
  const counted = { ...parcel, events: parcel.events + events.length, lastEventAt: c.now };
  if (c.type === 'OpenInquiry') {
    const claim = openedClaim(c, events);
    return { ...counted, claim, usedClaimIds: [...parcel.usedClaimIds, c.claimId] };
  }
  const shipped = applyToShipment(counted, c);
  if (shipped.claim === null || c.type === 'RecordDelivery') return shipped;
  const claim = applyToClaim(shipped.claim, c, events);
  return {
    ...shipped,
    claim,
    settled: shipped.settled || claim.status === 'paid' || claim.status === 'rejected',
  };
};
