import * as E from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import type { DecodeFailure } from './decode-failure.js';
import { upcast } from './upcast.js';
import type { UpcasterRegistry } from './upcaster-registry.js';

/** Turns a recorded event into a domain event, or says why it cannot. */
export type EventDecoder<Event> = (recorded: RecordedEvent) => E.Either<DecodeFailure, Event>;

/**
 * What an upcasting decoder needs: the upcasters, the current schema versions and the decoder of current
 * data.
 */
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
    const lifted = upcast(
      options.upcasters,
      { type: recorded.type, schemaVersion: recorded.metadata.schemaVersion, data: recorded.data },
      currentVersion,
    );
    return E.isLeft(lifted) ? lifted : options.decode(liftedTo(recorded, lifted.right, currentVersion));
  };

// Built field by field: an object spread followed by more fields gives every object so built a
// hidden class of its own in V8, and every read of the decoder's would then be megamorphic.
const liftedTo = (recorded: RecordedEvent, data: unknown, schemaVersion: number): RecordedEvent => {
  const metadata = recorded.metadata;
  return {
    streamId: recorded.streamId,
    revision: recorded.revision,
    position: recorded.position,
    eventId: recorded.eventId,
    type: recorded.type,
    data,
    metadata: {
      commandId: metadata.commandId,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      recordedAt: metadata.recordedAt,
      schemaVersion,
      actor: metadata.actor,
      previousHash: metadata.previousHash,
      hashVersion: metadata.hashVersion,
      hash: metadata.hash,
    },
  };
};
