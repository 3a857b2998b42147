import { bookedParcelScope } from '../decider/scopes.js';
import { PartyId } from '../ids.js';
import { shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The parcel arrived at the forwarder's processing centre. */
export const recordHubArrival = defineCommand(
  'RecordHubArrival',
  { hubId: PartyId },
  {
    roles: ['forwarder'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => [
      { type: 'ParcelReceivedAtHub', data: { at, commandId, hubId: command.data.hubId } },
    ],
  },
);
