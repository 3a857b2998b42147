import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@parcel-claims/eventsourcing';

/** An event to append, with a fresh id; `n` shows up in its data and command id. */
export const sampleEvent = (n: number, data: unknown = { n }): EventToAppend => ({
  eventId: randomUUID(),
  type: 'ParcelNoted',
  data,
  metadata: {
    commandId: `command-${n}`,
    correlationId: `command-${n}`,
    causationId: `command-${n}`,
    recordedAt: '2026-03-02T09:00:00.000Z',
    schemaVersion: 1,
    actor: null,
  },
});
