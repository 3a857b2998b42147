import type { ReadPosition } from '@eventstore/db-client';
import type { ReadAllOptions, RecordedEvent } from '@parcel-claims/eventsourcing';
import { failureKind } from '../client/failure-kind.js';
import { decodeEvent } from '../codec/decode-event.js';
import { type AdapterContext, belongsToLog } from './adapter-context.js';
import { positionOf, readAllPage, serverPosition } from './log-position.js';
import { withTransientRetry } from './retry-settings.js';

const defaultBatchSize = 512;

/**
 * `EventStore.readAll`: pages of `$all` (the client's `readAll` has no server-side filter in
 * 6.2.1), without system events and the adapter's own streams, as non-empty batches of at most
 * `batchSize`. `after` is exclusive: the server's start is inclusive, so events at or before it
 * are dropped; a position the server refuses is read as a scan from the start.
 */
export async function* readAll(
  context: AdapterContext,
  options: ReadAllOptions = {},
): AsyncGenerator<readonly RecordedEvent[]> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize));
  // One more than a batch, because each page after the first starts with the last event seen.
  const pageSize = batchSize + 1;
  let after = options.after ?? 0n;
  let from: ReadPosition = after > 0n ? serverPosition(after) : 'start';
  for (;;) {
    let page: Awaited<ReturnType<typeof readAllPage>>;
    try {
      page = await withTransientRetry(context.retry, () => readAllPage(context.client, from, pageSize));
    } catch (error) {
      if (failureKind(error) !== 'invalid-argument' || from === 'start') throw error;
      from = 'start';
      continue;
    }
    const fresh: RecordedEvent[] = [];
    let lastSeen: bigint | undefined;
    for (const resolved of page) {
      const position = positionOf(resolved);
      const event = resolved.event;
      if (position === undefined || event === undefined) continue;
      lastSeen = position;
      if (position <= after) continue;
      after = position;
      if (belongsToLog(context, event.streamId, event.type)) fresh.push(decodeEvent(resolved).event);
    }
    for (let start = 0; start < fresh.length; start += batchSize) yield fresh.slice(start, start + batchSize);
    if (page.length < pageSize || lastSeen === undefined) return;
    // From the last event read, not from `after`: after a refused start, `after` is no record.
    from = serverPosition(lastSeen);
  }
}
