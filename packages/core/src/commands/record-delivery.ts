import { bookedParcelScope } from '../decider/scopes.js';
import { deliveryEndsLossClaim } from '../rules/k1-claim-lifecycle.js';
import { deliverable } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The parcel reached its addressee; an open loss claim on it ends (K1). */
export const recordDelivery = defineCommand(
  'RecordDelivery',
  {},
  {
    roles: ['forwarder', 'carrier'],
    scope: bookedParcelScope,
    rules: [deliverable],
    find: nothingToFind,
    decide: ({ state, at, commandId }) => {
      const ended = deliveryEndsLossClaim(state);
      return ended === null
        ? [{ type: 'ParcelDelivered', data: { at, commandId } }]
        : [
            { type: 'ParcelDelivered', data: { at, commandId } },
            {
              type: 'ClaimWithdrawn',
              data: { at, commandId, claimId: ended.claimId, reason: 'parcel-delivered' },
            },
          ];
    },
  },
);
