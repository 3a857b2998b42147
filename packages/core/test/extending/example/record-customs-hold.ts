import { defineCommand, nothingToFind } from '../../../src/commands/define-command.js';
import { because } from '../../../src/decider/rejection.js';
import { bookedParcelScope } from '../../../src/decider/scopes.js';
import type { Shipment } from '../../../src/decider/state.js';
import { NonEmptyText } from '../../../src/ids.js';
import { rule } from '../../../src/rules/rule.js';

/** L1: customs holds a parcel that has left the processing centre. */
export const heldAfterDispatch = rule('L1', 'held after dispatch', ({ shipment }: { shipment: Shipment }) =>
  shipment.shippedAt !== null
    ? undefined
    : {
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'RecordCustomsHold',
        stage: shipment.stage,
        allowedStages: ['shipped', 'with-carrier'],
        message: because('L1', `a parcel at stage ${shipment.stage} cannot be held at customs`),
      },
);

/** The forwarder or the carrier records that customs holds the parcel. */
export const recordCustomsHold = defineCommand(
  'RecordCustomsHold',
  { office: NonEmptyText, reason: NonEmptyText },
  {
    roles: ['forwarder', 'carrier'],
    scope: bookedParcelScope,
    rules: [heldAfterDispatch],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { office, reason } = command.data;
      return [{ type: 'ParcelHeldAtCustoms', data: { at, commandId, office, reason } }];
    },
  },
);
