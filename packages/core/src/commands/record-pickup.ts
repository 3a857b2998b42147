import * as E from 'fp-ts/lib/Either.js';
import { bookedParcelScope } from '../decider/scopes.js';
import { shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand } from './define-command.js';

/** The forwarder collected the parcel from the seller. */
export const recordPickup = defineCommand(
  'RecordPickup',
  {},
  {
    roles: ['forwarder'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder],
    decide: ({ stamp }) => E.right([{ type: 'ParcelPickedUp', data: { ...stamp } }]),
  },
);
