import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { bookedParcelScope } from '../decider/scopes.js';
import { termsOf } from '../decider/terms.js';
import { PieceId } from '../ids.js';
import { deliveredPiecesKnown } from '../rules/c2-pieces.js';
import { deliveryEndsLossClaim } from '../rules/k1-claim-lifecycle.js';
import { deliverable } from '../rules/l1-shipment-lifecycle.js';
import { electionDueDate, foundAfterPayout } from '../rules/n4-found-after-payout.js';
import { defineCommand, nothingToFind } from './define-command.js';

/**
 * The parcel reached its addressee with the pieces named; an open loss claim on it ends (K1); pieces
 * a paid claim held as lost are found after payout (N4), the insured's election due in the payer calendar.
 */
export const recordDelivery = defineCommand(
  'RecordDelivery',
  { pieceIds: t.array(PieceId) },
  {
    roles: ['forwarder', 'carrier'],
    scope: bookedParcelScope,
    rules: [deliverable, deliveredPiecesKnown],
    find: nothingToFind,
    decide: ({ command, state, context, at, commandId }) => {
      const { pieceIds } = command.data;
      const found = foundAfterPayout(state, pieceIds);
      const terms = state.coverage === null ? null : termsOf(state.coverage, context);
      if (found !== null && state.claim !== null && terms !== null && E.isRight(terms))
        return [
          { type: 'ParcelDelivered', data: { at, commandId, pieceIds } },
          {
            type: 'ParcelFoundAfterPayout',
            data: {
              at,
              commandId,
              claimId: state.claim.claimId,
              pieceIds: [...found],
              electionDue: electionDueDate(terms.right, at),
            },
          },
        ];
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
