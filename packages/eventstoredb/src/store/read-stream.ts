import type { EventStore, ReadStreamOptions } from '@parcel-claims/eventsourcing';
import { decodeEvent } from '../codec/decode-event.js';
import type { AdapterContext } from './adapter-context.js';
import { readResolved } from './read-resolved.js';
import { withTransientRetry } from './retry-settings.js';

/**
 * `EventStore.readStream`: a missing stream reads as `[]`; a tombstoned one throws
 * `StreamDeleted`. Start revisions are inclusive; backwards past the end starts at the last event,
 * as the server does.
 */
export const readStream =
  (context: AdapterContext): EventStore['readStream'] =>
  async (streamId, options: ReadStreamOptions = {}) => {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const backwards = options.direction === 'backwards';
    if (maxCount <= 0 || (backwards && options.from !== undefined && options.from < 0n)) return [];
    const from = options.from === undefined || options.from < 0n ? undefined : options.from;
    const resolved = await withTransientRetry(context.retry, () =>
      readResolved(context.client, streamId, {
        fromRevision: from ?? (backwards ? 'end' : 'start'),
        direction: backwards ? 'backwards' : 'forwards',
        maxCount,
      }),
    );
    return resolved === 'not-found' ? [] : resolved.map((each) => decodeEvent(each).event);
  };
