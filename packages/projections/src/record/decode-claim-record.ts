import {
  type ClaimEvent,
  claimSchemaVersion,
  claimUpcasters,
  decodeRecordedClaimEvent,
} from '@parcel-claims/core';
import {
  type DecodeFailure,
  type RecordedEvent,
  upcasterRegistry,
  upcastingDecoder,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { ClaimEventRecord } from './claim-event-record.js';
import { UndecodableClaimEvent } from './undecodable-claim-event.js';

/** Decodes a recorded event into a claim event; the core's decoder of stored claim events unless told otherwise. */
export type ClaimEventDecoder = (recorded: RecordedEvent) => E.Either<DecodeFailure, ClaimEvent>;

/** The core's decoder of stored claim events, lifting older schema versions with `claimUpcasters` first. */
export const upcastingClaimDecoder: ClaimEventDecoder = upcastingDecoder({
  upcasters: upcasterRegistry(claimUpcasters),
  schemaVersionOf: claimSchemaVersion,
  decode: decodeRecordedClaimEvent,
});

/**
 * The claim event record of a recorded event. Throws `UndecodableClaimEvent` for one that does
 * not decode: inside a projection that makes it a poison event, never a skipped one.
 */
export const decodeClaimRecord = (
  recorded: RecordedEvent,
  decode: ClaimEventDecoder = upcastingClaimDecoder,
): ClaimEventRecord => {
  const decoded = decode(recorded);
  if (E.isLeft(decoded)) {
    throw new UndecodableClaimEvent({
      event: recorded,
      reason: decoded.left.message,
      paths: decoded.left.paths ?? [],
    });
  }
  return {
    event: decoded.right,
    streamId: recorded.streamId,
    revision: recorded.revision,
    position: recorded.position,
  };
};
