import * as E from 'fp-ts/lib/Either.js';
import { decodeClaimEvent } from '../codec/decode.js';
import type { DecodeError } from '../codec/decode-error.js';
import type { ClaimEvent } from '../events/claim-event.js';
import { claimUpcasters } from './upcasters.js';

/**
 * An event as a store records it, as far as decoding needs it: its type, its data and the schema
 * version in its metadata. Every recorded event of `@parcel-claims/eventsourcing` is one; the core
 * names only these fields so that it does not depend on the event-sourcing kernel.
 */
export interface StoredClaimEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: { readonly schemaVersion: number };
}

/** Why a stored event is not a claim event: a message and the JSON paths of what is wrong. */
export interface StoredEventProblem {
  readonly message: string;
  readonly paths: readonly string[];
}

const currentVersions: ReadonlyMap<string, number> = new Map(
  Object.entries(claimUpcasters).map(([type, steps]) => [type, 1 + Object.keys(steps).length]),
);

/**
 * The schema version each claim event type is written at today: one more than the steps
 * `claimUpcasters` lifts it by (ClaimAccepted 3, ClaimPaid 2, the other lifted types 2), 1 for every other.
 */
export const claimSchemaVersion = (type: string): number => currentVersions.get(type) ?? 1;

/** An event's stored data: the `data` of `{ type, data }`. */
export const encodeClaimEvent = (event: ClaimEvent): unknown => event.data;

const problemOf = (error: DecodeError): StoredEventProblem => ({
  message: error.message,
  paths: error.problems.map((problem) => problem.path),
});

/**
 * A recorded event at the current schema version as a claim event; errors name the JSON paths.
 * An event at any other schema version is refused (`$.metadata.schemaVersion`) rather than read
 * as if it were current: read through `upcastingDecoder` with `claimUpcasters`, which lifts old versions first.
 *
 * @example
 * const decoded = decodeRecordedClaimEvent(recorded); // a RecordedEvent read from any EventStore
 * if (E.isLeft(decoded)) console.error(decoded.left.paths, decoded.left.message);
 */
export const decodeRecordedClaimEvent = (
  recorded: StoredClaimEvent,
): E.Either<StoredEventProblem, ClaimEvent> => {
  const current = claimSchemaVersion(recorded.type);
  const stored = recorded.metadata.schemaVersion;
  if (stored !== current) {
    return E.left({
      message: `event "${recorded.type}" is stored at schema version ${stored}; this code reads version ${current}`,
      paths: ['$.metadata.schemaVersion'],
    });
  }
  return E.mapLeft(problemOf)(decodeClaimEvent({ type: recorded.type, data: recorded.data }));
};
