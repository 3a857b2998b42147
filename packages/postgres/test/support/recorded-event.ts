import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@parcel-claims/eventsourcing';

/** A recorded event as a sink receives it; only stream, type and position matter to the tests. */
export const recordedEvent = (streamId: string, position: bigint, type = 'ParcelNoted'): RecordedEvent => ({
  streamId,
  revision: 0n,
  position,
  eventId: randomUUID(),
  type,
  data: { note: `event at ${position}` },
  metadata: {
    commandId: 'command-1',
    correlationId: 'command-1',
    causationId: 'command-1',
    recordedAt: '2026-03-02T09:00:00.000Z',
    schemaVersion: 1,
    actor: null,
    previousHash: null,
    hashVersion: 1,
    hash: 'not-checked-here',
  },
});
