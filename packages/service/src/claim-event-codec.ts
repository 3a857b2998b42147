import { type ClaimEvent, decodeClaimEvent } from '@parcel-claims/core';
import type { DecodeFailure, RecordedEvent } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';

/** The schema version every claim event type is written at today; upcasters lift older ones. */
export const claimSchemaVersion = (_type: string): number => 1;

/** An event's stored data: the `data` of `{ type, data }`. */
export const encodeClaimEvent = (event: ClaimEvent): unknown => event.data;

/** A recorded event, lifted to the current schema version, as a claim event; errors name the JSON path. */
export const decodeRecordedClaimEvent = (recorded: RecordedEvent): E.Either<DecodeFailure, ClaimEvent> =>
  E.mapLeft((error: { readonly message: string }) => ({ message: error.message }))(
    decodeClaimEvent({ type: recorded.type, data: recorded.data }),
  );
