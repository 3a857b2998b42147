import type { EventStoreDBClient } from '@eventstore/db-client';
import type { RetrySettings } from './retry-settings.js';

/** What the parts of the adapter share. */
export interface AdapterContext {
  readonly client: EventStoreDBClient;
  /** Prefix of the adapter's own streams; they are never part of the port's log. */
  readonly internalPrefix: string;
  /** Retries of single calls when the server cannot be reached. */
  readonly retry: RetrySettings;
  /** Resubscription after a dropped subscription; `attempts` may be Infinity. */
  readonly reconnect: RetrySettings;
}

/** Where a stored event belongs: the port's log holds no system or adapter streams. */
export const belongsToLog = (context: AdapterContext, streamId: string, type: string): boolean =>
  !streamId.startsWith('$') && !streamId.startsWith(context.internalPrefix) && !type.startsWith('$');

/** Stream ids the port may not write: EventStoreDB's system streams and the adapter's own. */
export const isReservedStreamId = (context: AdapterContext, streamId: string): boolean =>
  streamId.startsWith('$') || streamId.startsWith(context.internalPrefix);
