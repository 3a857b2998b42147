import type { EventStoreDBClient } from '@eventstore/db-client';

/**
 * The client does not retry: after a server restart its first calls fail (CANCELLED or
 * UNAVAILABLE) while it drops the dead channel and the next call connects anew. This makes that
 * happen before a test goes on, by reading until a read succeeds.
 */
export const reconnected = async (client: EventStoreDBClient): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Read to the end: leaving a client read early leaves its call open, and dispose() waits for it.
      for await (const _ of client.readAll({ maxCount: 1 })) {
      }
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
};
