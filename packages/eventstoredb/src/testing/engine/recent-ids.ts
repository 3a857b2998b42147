import type { StoredEvent } from './stored-event.js';

/** A bounded cache of recently written event ids, like the server's; lost on restart. */
export interface RecentIds {
  readonly get: (eventId: string) => StoredEvent | undefined;
  readonly remember: (event: StoredEvent) => void;
  readonly forget: () => void;
}

export const recentIds = (capacity: number): RecentIds => {
  const ids = new Map<string, StoredEvent>();
  return {
    get: (eventId) => ids.get(eventId),
    remember: (event) => {
      ids.delete(event.eventId);
      ids.set(event.eventId, event);
      // Maps iterate in insertion order, so the first key is the oldest.
      for (const oldest of ids.keys()) {
        if (ids.size <= capacity) break;
        ids.delete(oldest);
      }
    },
    forget: () => ids.clear(),
  };
};
