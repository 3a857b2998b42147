import { bookedParcelScope } from '../decider/scopes.js';
import { NonEmptyText } from '../ids.js';
import { scanNotInFuture, shipmentInOrder } from '../rules/l1-shipment-lifecycle.js';
import { Instant } from '../time/instant.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** A carrier's tracking scan, recorded with the carrier's own time. */
export const recordTrackingUpdate = defineCommand(
  'RecordTrackingUpdate',
  { scannedAt: Instant, location: NonEmptyText, description: NonEmptyText },
  {
    roles: ['forwarder', 'carrier'],
    scope: bookedParcelScope,
    rules: [shipmentInOrder, scanNotInFuture],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { scannedAt, location, description } = command.data;
      return [{ type: 'TrackingUpdated', data: { at, commandId, scannedAt, location, description } }];
    },
  },
);
