import * as t from 'io-ts';
import { bookedParcelScope } from '../decider/scopes.js';
import { PieceBoxes } from '../events/parts.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { boxesPerPiece } from '../rules/c1-coverage-terms.js';
import { shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The international carrier scanned the parcel and took custody: one air box and customs box per piece. */
export const handOverToCarrier = defineCommand(
  'HandOverToCarrier',
  {
    carrierId: PartyId,
    trackingNumber: NonEmptyText,
    boxes: t.array(PieceBoxes),
  },
  {
    roles: ['forwarder'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder, boxesPerPiece],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { carrierId, trackingNumber, boxes } = command.data;
      return [
        {
          type: 'ParcelHandedToCarrier',
          data: { at, commandId, carrierId, trackingNumber, boxes },
        },
      ];
    },
  },
);
