import { readFileSync } from 'node:fs';
import type { EventToAppend } from '../../src/index.js';
import { metadataOf } from './events.js';
import { uuid } from './ids.js';

/** The parsed JSON of a file under test/fixtures. */
export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

const isStoredEvent = (value: unknown): value is { type: string; schemaVersion: number; data: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  'type' in value &&
  typeof value.type === 'string' &&
  'schemaVersion' in value &&
  typeof value.schemaVersion === 'number' &&
  'data' in value;

/** A fixture stream as the events an old release appended, ids uuid(firstId), uuid(firstId + 1), … */
export const fixtureStream = (name: string, firstId = 1): readonly EventToAppend[] => {
  const stored = fixture(name);
  if (!Array.isArray(stored) || !stored.every(isStoredEvent))
    throw new Error(`${name} is not a stored stream`);
  return stored.map((event, index) => ({
    eventId: uuid(firstId + index),
    type: event.type,
    data: event.data,
    metadata: metadataOf(firstId + index, { schemaVersion: event.schemaVersion }),
  }));
};
