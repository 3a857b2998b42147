import { bookedParcelScope } from '../decider/scopes.js';
import { shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The forwarder collected the parcel from the seller. */
export const recordPickup = defineCommand(
  'RecordPickup',
  {},
  {
    roles: ['forwarder'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder],
    find: nothingToFind,
    decide: ({ at, commandId }) => [{ type: 'ParcelPickedUp', data: { at, commandId } }],
  },
);
