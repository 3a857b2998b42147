import type { ReadStreamOptions } from '../store/event-store.js';
import type { RecordedEvent } from '../store/recorded-event.js';

/** The part of a stream (an array indexed by revision) that a `readStream` call asks for. */
export const readStreamSlice = (
  stream: readonly RecordedEvent[],
  options: ReadStreamOptions,
): readonly RecordedEvent[] => {
  const maxCount = Math.max(0, options.maxCount ?? stream.length);
  if (options.direction === 'backwards') {
    const last = stream.length - 1;
    const from = options.from === undefined || options.from > BigInt(last) ? last : Number(options.from);
    const end = Math.max(-1, from - maxCount);
    const events: RecordedEvent[] = [];
    for (let revision = from; revision > end; revision -= 1) {
      const event = stream[revision];
      if (event !== undefined) events.push(event);
    }
    return events;
  }
  const from =
    options.from === undefined || options.from < 0n ? 0 : Math.min(Number(options.from), stream.length);
  return stream.slice(from, from + maxCount);
};
