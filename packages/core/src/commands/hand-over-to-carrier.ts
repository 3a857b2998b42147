import { bookedParcelScope } from '../decider/scopes.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The international carrier scanned the parcel and took custody. */
export const handOverToCarrier = defineCommand(
  'HandOverToCarrier',
  {
    carrierId: PartyId,
    trackingNumber: NonEmptyText,
    airBoxNumber: NonEmptyText,
    customsBoxNumber: NonEmptyText,
  },
  {
    roles: ['forwarder'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { carrierId, trackingNumber, airBoxNumber, customsBoxNumber } = command.data;
      return [
        {
          type: 'ParcelHandedToCarrier',
          data: { at, commandId, carrierId, trackingNumber, airBoxNumber, customsBoxNumber },
        },
      ];
    },
  },
);
