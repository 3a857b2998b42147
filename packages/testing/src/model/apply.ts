import type { ClaimEvent } from '@parcel-claims/core';
import { applyToClaim, openedClaim } from './apply-claim.js';
import { pieceIdAt } from './command-input.js';
import { endedByDelivery } from './judge-shipment.js';
import type { CommandOf, ModelCommand } from './model-command.js';
import { foundByDelivery, type ParcelModel } from './parcel-model.js';
import type { CommandType } from './vocabulary.js';

const untouched = (parcel: ParcelModel): ParcelModel => parcel;

/** What each accepted command does to the parcel's own facts; the claim's commands leave them be. */
const shipmentChanges: {
  readonly [T in CommandType]: (parcel: ParcelModel, c: CommandOf<T>) => ParcelModel;
} = {
  BookParcel: (parcel, c) => ({
    ...parcel,
    booking: {
      declared: c.declared,
      shipping: c.shipping,
      pieces: c.pieces.map((value, i) => ({ pieceId: pieceIdAt(i), value })),
    },
    parties: { ...parcel.parties, seller: c.sellerId, forwarder: c.forwarderId },
    stage: 'booked',
  }),
  PurchaseInsurance: (parcel, c) => ({
    ...parcel,
    coverage: { insured: c.insured, coversShipping: c.coversShipping },
    parties: { ...parcel.parties, insurer: c.insurerId },
  }),
  RecordPickup: (parcel) => ({ ...parcel, stage: 'picked-up' }),
  RecordHubArrival: (parcel) => ({ ...parcel, stage: 'at-hub' }),
  ShipParcel: (parcel, c) => ({ ...parcel, stage: 'shipped', shippedAt: c.now, lastMovementAt: c.now }),
  HandOverToCarrier: (parcel, c) => ({
    ...parcel,
    stage: 'with-carrier',
    handedOver: true,
    parties: { ...parcel.parties, carrier: c.carrierId },
    lastMovementAt: c.now,
  }),
  // A late-recorded older scan does not move the last movement back.
  RecordTrackingUpdate: (parcel, c) => ({
    ...parcel,
    lastMovementAt: Math.max(parcel.lastMovementAt ?? c.scannedAt, c.scannedAt),
  }),
  RecordDelivery: (parcel, c) => {
    const ended = endedByDelivery(parcel, c.pieceIds);
    const found = foundByDelivery(parcel, c.pieceIds);
    const claim =
      found !== null
        ? { ...found, foundAt: c.now }
        : ended !== null
          ? { ...ended, status: 'withdrawn' as const }
          : parcel.claim;
    return { ...parcel, stage: 'delivered', deliveredAt: c.now, deliveredPieceIds: c.pieceIds, claim };
  },
  OpenInquiry: untouched,
  AttachDocument: untouched,
  RejectDocument: untouched,
  ExtendDocumentDeadline: untouched,
  ConfirmLoss: untouched,
  SubmitClaim: untouched,
  AcceptClaim: untouched,
  RejectClaim: untouched,
  PayClaim: untouched,
  WithdrawClaim: untouched,
  CheckDeadlines: untouched,
  GrantDelegation: (parcel, c) =>
    c.role === 'system'
      ? parcel
      : { ...parcel, delegations: [...parcel.delegations, { role: c.role, delegateId: c.delegateId }] },
  RevokeDelegation: (parcel, c) => ({
    ...parcel,
    delegations: parcel.delegations.filter((d) => d.role !== c.role || d.delegateId !== c.delegateId),
  }),
};

/** The parcel's own facts after a command was accepted. */
const applyToShipment = <T extends CommandType>(parcel: ParcelModel, c: CommandOf<T>): ParcelModel =>
  shipmentChanges[c.type](parcel, c);

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
    const claim = openedClaim(parcel, c, events);
    return {
      ...counted,
      claim,
      earlierClaims: parcel.claim === null ? parcel.earlierClaims : [...parcel.earlierClaims, parcel.claim],
      usedClaimIds: [...parcel.usedClaimIds, c.claimId],
    };
  }
  const shipped = applyToShipment(counted, c);
  if (shipped.claim === null || c.type === 'RecordDelivery') return shipped;
  return { ...shipped, claim: applyToClaim(shipped.claim, c, events) };
};
