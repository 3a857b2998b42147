import { bookedParcelScope } from '../decider/scopes.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The parcel left the processing centre on a cargo: its dispatch. */
export const shipParcel = defineCommand(
  'ShipParcel',
  { hubId: PartyId, cargoReference: NonEmptyText },
  {
    roles: ['forwarder'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { hubId, cargoReference } = command.data;
      return [{ type: 'ParcelShipped', data: { at, commandId, hubId, cargoReference } }];
    },
  },
);
