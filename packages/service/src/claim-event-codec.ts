import { type ClaimEvent, type DecodeError, decodeClaimEvent } from '@parcel-claims/core';
import type { DecodeFailure, RecordedEvent } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';

/** The schema version every claim event type is written at today; upcasters lift older ones. */
export const claimSchemaVersion = (_type: string): number => 1;

/** An event's stored data: the `data` of `{ type, data }`. */
export const encodeClaimEvent = (event: ClaimEvent): unknown => event.data;

const failureOf = (error: DecodeError): DecodeFailure => ({
  message: error.message,
  paths: error.problems.map((problem) => problem.path),
});

/**
 * A recorded event at the current schema version as a claim event; errors name the JSON paths.
 * An event at any other schema version is refused (`$.metadata.schemaVersion`) rather than read
 * as if it were current: read through `upcastingDecoder`, which lifts old versions first.
 */
export const decodeRecordedClaimEvent = (recorded: RecordedEvent): E.Either<DecodeFailure, ClaimEvent> => {
  const current = claimSchemaVersion(recorded.type);
  const stored = recorded.metadata.schemaVersion;
  if (stored !== current) {
    return E.left({
      message: `event "${recorded.type}" is stored at schema version ${stored}; this code reads version ${current}`,
      paths: ['$.metadata.schemaVersion'],
    });
  }
  return E.mapLeft(failureOf)(decodeClaimEvent({ type: recorded.type, data: recorded.data }));
};
