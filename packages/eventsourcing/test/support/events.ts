import type { EventMetadata, EventToAppend } from '../../src/index.js';
import { at, uuid } from './ids.js';

/** Metadata of the nth event of a test, from command n. */
export const metadataOf = (n: number, overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  commandId: `command-${n}`,
  correlationId: `correlation-${n}`,
  causationId: `causation-${n}`,
  recordedAt: at(n),
  schemaVersion: 1,
  actor: { role: 'teller', id: 'teller-1' },
  ...overrides,
});

/** The nth event of a test: id uuid(n), type `Noted`, data `{ n }`. */
export const noted = (n: number, overrides: Partial<EventToAppend> = {}): EventToAppend => ({
  eventId: uuid(n),
  type: 'Noted',
  data: { n },
  metadata: metadataOf(n),
  ...overrides,
});
