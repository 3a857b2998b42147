import * as t from 'io-ts';
import { bookedParcelScope } from '../decider/scopes.js';
import { PieceId } from '../ids.js';
import { deliveredPiecesKnown } from '../rules/c2-pieces.js';
import { deliveryEndsLossClaim } from '../rules/k1-claim-lifecycle.js';
import { deliverable } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The parcel reached its addressee with the pieces named; an open loss claim on it ends (K1). */
export const recordDelivery = defineCommand(
  'RecordDelivery',
  { pieceIds: t.array(PieceId) },
  {
    roles: ['forwarder', 'carrier'],
    scope: bookedParcelScope,
    rules: [deliverable, deliveredPiecesKnown],
    find: nothingToFind,
    decide: ({ command, state, at, commandId }) => {
      const { pieceIds } = command.data;
      const ended = deliveryEndsLossClaim(state, pieceIds);
      return ended === null
        ? [{ type: 'ParcelDelivered', data: { at, commandId, pieceIds } }]
        : [
            { type: 'ParcelDelivered', data: { at, commandId, pieceIds } },
            {
              type: 'ClaimWithdrawn',
              data: { at, commandId, claimId: ended.claimId, reason: 'parcel-delivered' },
            },
          ];
    },
  },
);
