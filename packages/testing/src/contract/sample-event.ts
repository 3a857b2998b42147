import type { EventMetadata, EventToAppend } from '@parcel-claims/eventsourcing';

const firstInstant = Date.UTC(2026, 2, 2, 9, 0, 0);

/**
 * Metadata of the nth event of a contract test. Odd events carry an actor and even ones none, so
 * that both shapes are stored and read back.
 */
export const sampleMetadata = (n: number): EventMetadata => ({
  commandId: `command-${n}`,
  correlationId: `correlation-${n}`,
  causationId: `causation-${n}`,
  recordedAt: new Date(firstInstant + n * 60_000).toISOString(),
  schemaVersion: 1 + (n % 3),
  actor: n % 2 === 1 ? { role: 'insurer', id: `insurer-${n}` } : null,
});

/**
 * The nth event of a contract test, with the given id. Its data uses every kind of JSON value
 * (nested objects, arrays, non-ASCII text, null, booleans, fractions) so that a store that
 * loses or alters any of them fails the round trip.
 */
export const sampleEvent = (n: number, eventId: string): EventToAppend => ({
  eventId,
  type: n % 2 === 0 ? 'ClaimNoted' : 'ParcelNoted',
  data: {
    n,
    parcel: { id: `parcel-${n}`, declaredValue: { amount: '129.90', currency: 'EUR' } },
    tags: ['cross-border', `lane-${n % 4}`],
    note: 'Zollabfertigung ✓ 通关 — “fragile”',
    insured: n % 2 === 0,
    excess: null,
    ratio: 0.25,
    empty: {},
  },
  metadata: sampleMetadata(n),
});
