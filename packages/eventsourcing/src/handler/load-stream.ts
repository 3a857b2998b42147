import * as E from 'fp-ts/lib/Either.js';
import type { EventStore } from '../store/event-store.js';
import type { StreamVersion } from '../store/expected-version.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import type { EventDecoder } from '../upcasting/upcasting-decoder.js';
import { EventDecodeFailed } from './event-decode-failed.js';

/** A recorded event and the domain event it decodes to. */
export interface LoadedEvent<Event> {
  readonly recorded: RecordedEvent;
  readonly event: Event;
}

/** A stream as read and decoded, with the version to append at next. */
export interface LoadedStream<Event> {
  readonly entries: readonly LoadedEvent<Event>[];
  readonly events: readonly Event[];
  readonly version: StreamVersion;
}

/**
 * Reads a whole stream and decodes every event. An event that does not decode fails the load
 * with {@link EventDecodeFailed}: skipping it would fold a state that never existed.
 *
 * @example
 * const { events, version } = await loadStream(store, 'account-1', decode);
 */
export const loadStream = async <Event>(
  store: EventStore,
  streamId: string,
  decode: EventDecoder<Event>,
): Promise<LoadedStream<Event>> => {
  const recorded = await store.readStream(streamId);
  const entries = decodeRecorded(streamId, recorded, decode);
  const last = recorded[recorded.length - 1];
  return {
    entries,
    events: entries.map(({ event }) => event),
    version: last === undefined ? 'no_stream' : last.revision,
  };
};

/** Decodes recorded events of one stream; the first that does not decode throws {@link EventDecodeFailed}. */
export const decodeRecorded = <Event>(
  streamId: string,
  recorded: readonly RecordedEvent[],
  decode: EventDecoder<Event>,
): LoadedEvent<Event>[] => {
  const entries: LoadedEvent<Event>[] = [];
  for (const event of recorded) {
    const decoded = decode(event);
    if (E.isLeft(decoded)) {
      throw new EventDecodeFailed({
        streamId,
        revision: event.revision,
        eventId: event.eventId,
        type: event.type,
        reason: decoded.left.message,
        paths: decoded.left.paths ?? [],
      });
    }
    entries.push({ recorded: event, event: decoded.right });
  }
  return entries;
};
