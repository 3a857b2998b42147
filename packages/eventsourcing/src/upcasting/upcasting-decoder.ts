import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import type { DecodeFailure } from './decode-failure.js';
import { upcast } from './upcast.js';
import type { UpcasterRegistry } from './upcaster-registry.js';

/** Turns a recorded event into a domain event, or says why it cannot. */
export type EventDecoder<Event> = (recorded: RecordedEvent) => E.Either<DecodeFailure, Event>;

export interface UpcastingDecoderOptions<Event> {
  readonly upcasters: UpcasterRegistry;
  /** The schema version the code writes each event type at. */
  readonly schemaVersionOf: (type: string) => number;
  /** Decodes data at the current schema version. */
  readonly decode: EventDecoder<Event>;
}

/**
 * A decoder that first lifts a recorded event's data to the current schema version, then
 * decodes it. `decode` receives the recorded event with the lifted data and its
 * `metadata.schemaVersion` set to the current version (the hash fields still describe what is
 * stored). Command handlers and projections read through this, so old events are upcast on
 * every read path.
 *
 * @example
 * const decode = upcastingDecoder({ upcasters, schemaVersionOf: () => 2, decode: decodeAccountEvent });
 */
export const upcastingDecoder =
  <Event>(options: UpcastingDecoderOptions<Event>): EventDecoder<Event> =>
  (recorded) => {
    const currentVersion = options.schemaVersionOf(recorded.type);
    // The common case on the hot path of loading a stream: nothing to lift, nothing to copy.
    if (recorded.metadata.schemaVersion === currentVersion) return options.decode(recorded);
    return pipe(
      upcast(
        options.upcasters,
        { type: recorded.type, schemaVersion: recorded.metadata.schemaVersion, data: recorded.data },
        currentVersion,
      ),
      E.chainW((data) =>
        options.decode({
          ...recorded,
          data,
          metadata: { ...recorded.metadata, schemaVersion: currentVersion },
        }),
      ),
    );
  };
