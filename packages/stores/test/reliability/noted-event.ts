import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@parcel-claims/eventsourcing';

/** The nth `Noted` event of a test, with a fresh id and the metadata a command handler writes. */
export const notedEvent = (n: number): EventToAppend => ({
  eventId: randomUUID(),
  type: 'Noted',
  data: { n },
  metadata: {
    commandId: `command-${n}`,
    correlationId: `command-${n}`,
    causationId: `command-${n}`,
    recordedAt: '2026-01-05T03:00:00.000Z',
    schemaVersion: 1,
    actor: null,
  },
});
