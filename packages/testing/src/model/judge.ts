import { judgeClaim } from './judge-claim.js';
import { judgeDeadlines } from './judge-deadlines.js';
import { judgeInquiry } from './judge-inquiry.js';
import { judgeShipment } from './judge-shipment.js';
import type { CommandOf, ModelCommand } from './model-command.js';
import { permitted } from './model-policy.js';
import type { ParcelModel } from './parcel-model.js';
import { iso } from './time.js';
import { accepted, rejected, type Verdict } from './verdict.js';

/**
 * P2 in the model's words: once a parcel is booked, a party acts on it only in a role the parcel
 * records it in (its seller and forwarder from the booking, its insurer once insured, its carrier
 * once handed over), or as a delegate of that party; a booking names the seller or forwarder who
 * makes it. Returns why the actor is foreign, or null.
 */
const foreignActor = (parcel: ParcelModel, c: ModelCommand): string | null => {
  if (c.role === 'system') return null;
  if (parcel.booking === null) {
    if (c.type !== 'BookParcel') return null;
    const named = c.role === 'seller' ? c.sellerId : c.role === 'forwarder' ? c.forwarderId : c.actorId;
    return named === c.actorId
      ? null
      : `${c.actorId} books as ${c.role} a parcel whose ${c.role} is ${named}`;
  }
  const party = parcel.parties[c.role];
  if (party === null) return `the parcel has no ${c.role} yet`;
  if (party === c.actorId) return null;
  const delegate = parcel.delegations.some((d) => d.role === c.role && d.delegateId === c.actorId);
  return delegate ? null : `${c.actorId} is not the ${c.role} of the parcel (${party}) nor acts for it`;
};

/**
 * Only the parcel's party itself grants or revokes a delegation of its role, never to itself; a
 * delegation is granted once while it stands, and only one that stands is revoked.
 */
const judgeDelegation = (
  parcel: ParcelModel,
  c: CommandOf<'GrantDelegation' | 'RevokeDelegation'>,
): Verdict => {
  if (parcel.booking === null) return rejected('not booked');
  if (c.role === 'system') return rejected('the system is no party');
  if (parcel.parties[c.role] !== c.actorId)
    return rejected(`${c.actorId} acts for the ${c.role}; it may not delegate`);
  const stands = parcel.delegations.some((d) => d.role === c.role && d.delegateId === c.delegateId);
  if (c.type === 'RevokeDelegation')
    return stands ? accepted('DelegationRevoked') : rejected(`no delegation to ${c.delegateId} stands`);
  if (c.delegateId === c.actorId) return rejected('a delegation to itself');
  return stands ? rejected(`${c.delegateId} already acts for the ${c.role}`) : accepted('DelegationGranted');
};

/**
 * The model's answer to a command sent for the first time (or sent again after it wrote nothing):
 * the events it must write, or that it must be refused or change nothing. Only the kind is
 * predicted; which rule the service cites is left to the core's own unit tests.
 */
export const judge = (parcel: ParcelModel, c: ModelCommand): Verdict => {
  if (!permitted[c.type].includes(c.role)) return rejected(`a ${c.role} may not ${c.type}`);
  const foreign = foreignActor(parcel, c);
  if (foreign !== null) return rejected(foreign);
  if (parcel.booking !== null && c.type === 'ConfirmLoss' && !parcel.handedOver)
    return rejected('no carrier took the parcel, so none confirms its loss');
  if (parcel.lastEventAt !== null && c.now < parcel.lastEventAt)
    return rejected(`time runs backwards: last event at ${iso(parcel.lastEventAt)}`);
  switch (c.type) {
    case 'GrantDelegation':
    case 'RevokeDelegation':
      return judgeDelegation(parcel, c);
    case 'BookParcel':
    case 'PurchaseInsurance':
    case 'RecordPickup':
    case 'RecordHubArrival':
    case 'ShipParcel':
    case 'HandOverToCarrier':
    case 'RecordTrackingUpdate':
    case 'RecordDelivery':
      return judgeShipment(parcel, c);
    case 'OpenInquiry':
      return judgeInquiry(parcel, c);
    case 'CheckDeadlines':
      return judgeDeadlines(parcel, c.now);
    case 'AttachDocument':
    case 'ConfirmLoss':
    case 'RejectDocument':
    case 'ExtendDocumentDeadline':
    case 'SubmitClaim':
    case 'AcceptClaim':
    case 'RejectClaim':
    case 'PayClaim':
    case 'WithdrawClaim':
      return judgeClaim(parcel, c);
  }
};
