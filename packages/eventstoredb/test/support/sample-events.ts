import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@parcel-claims/eventsourcing';

/** The nth event of a test run, with a fresh id; metadata as a command handler writes it. */
export const sampleEvent = (n: number): EventToAppend => ({
  eventId: randomUUID(),
  type: 'ParcelNoted',
  data: { n, note: `event ${n}` },
  metadata: {
    commandId: `command-${n}`,
    correlationId: `command-${n}`,
    causationId: `command-${n}`,
    recordedAt: new Date(Date.UTC(2026, 2, 2, 9, n)).toISOString(),
    schemaVersion: 1,
    actor: null,
  },
});

/** A stream id no other test uses. */
export const freshStream = (name: string): string => `${name}-${randomUUID()}`;
