import * as E from 'fp-ts/lib/Either.js';
import { bookedParcelScope } from '../decider/scopes.js';
import { PartyId } from '../ids.js';
import { shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand } from './define-command.js';

/** The parcel arrived at the forwarder's processing centre. */
export const recordHubArrival = defineCommand(
  'RecordHubArrival',
  { hubId: PartyId },
  {
    roles: ['forwarder'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder],
    decide: ({ command, stamp }) =>
      E.right([{ type: 'ParcelReceivedAtHub', data: { ...stamp, hubId: command.data.hubId } }]),
  },
);
