// README:start

import type { EventToAppend } from '@parcel-claims/eventsourcing';
import { type OpenStoreOptions, openPostgresStore } from '@parcel-claims/postgres';

/** Records a parcel's first events, then reads the log back through a subscription. */
export const recordAndFollow = async (
  url: string, // 'postgres://claims:secret@db:5432/claims', 'pglite:./.parcel-claims', 'pglite:memory'
  events: readonly [EventToAppend, ...EventToAppend[]],
  options: OpenStoreOptions = {}, // { schema, pollIntervalMs, poolSize }
): Promise<readonly string[]> => {
  const { store, close } = await openPostgresStore(url, options); // migrates the schema
  try {
    await store.append('parcel-1', events, { expectedVersion: 'no_stream' });
    const types: string[] = [];
    for await (const message of store.subscribe({ after: 0n })) {
      if (message.kind === 'caught-up') break; // stay in the loop to receive live events
      types.push(message.event.type);
    }
    return types;
  } finally {
    await close();
  }
};

// README:end
