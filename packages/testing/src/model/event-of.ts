import assert from 'node:assert/strict';
import type { ClaimEvent, EventOf } from '@parcel-claims/core';
import type { EventType } from './vocabulary.js';

/** The one event of a type among those a command wrote; the types were already checked, so absence is a bug. */
export const eventOf = <T extends EventType>(events: readonly ClaimEvent[], type: T): EventOf<T> => {
  const found = events.find((e): e is EventOf<T> => e.type === type);
  assert.ok(found !== undefined, `expected a ${type} among ${events.map((e) => e.type).join(', ')}`);
  return found;
};
