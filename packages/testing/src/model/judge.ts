import { judgeClaim } from './judge-claim.js';
import { judgeDeadlines } from './judge-deadlines.js';
import { judgeInquiry } from './judge-inquiry.js';
import { judgeShipment } from './judge-shipment.js';
import type { ModelCommand } from './model-command.js';
import { permitted } from './model-policy.js';
import type { ParcelModel } from './parcel-model.js';
import { iso } from './time.js';
import { rejected, type Verdict } from './verdict.js';

/**
 * The model's answer to a command sent for the first time (or sent again after it wrote nothing):
 * the events it must write, or that it must be refused or change nothing. Only the kind is
 * predicted; which rule the service cites is left to the core's own unit tests.
 */
export const judge = (parcel: ParcelModel, c: ModelCommand): Verdict => {
  if (!permitted[c.type].includes(c.role)) return rejected(`a ${c.role} may not ${c.type}`);
  // The model's parties act in their own names; a booked parcel has an insurer only once insured,
  // and a carrier only once handed over (P2).
  if (parcel.booking !== null && c.role === 'insurer' && parcel.coverage === null)
    return rejected('the parcel has no insurer yet');
  if (parcel.booking !== null && c.role === 'carrier' && !parcel.handedOver)
    return rejected('the parcel has no carrier yet');
  if (parcel.booking !== null && c.type === 'ConfirmLoss' && !parcel.handedOver)
    return rejected('no carrier took the parcel, so none confirms its loss');
  if (parcel.lastEventAt !== null && c.now < parcel.lastEventAt)
    return rejected(`time runs backwards: last event at ${iso(parcel.lastEventAt)}`);
  switch (c.type) {
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
