import type { UUID } from '@eventstore/db-client/generated/shared_pb.js';
import type { ServerErrorResponse } from '@grpc/grpc-js';
import type { ExpectedState, ProposedEvent } from '../engine/stored-event.js';
import { uuidText } from './convert.js';
import { badRequestFailure, missingMetadataFailure } from './status-errors.js';

/** The expected-revision oneof shared by the append, delete and tombstone options. */
export interface ExpectedRevisionOptions {
  hasRevision(): boolean;
  getRevision(): string;
  hasNoStream(): boolean;
  hasAny(): boolean;
  hasStreamExists(): boolean;
}

/** The expectation an append, delete or tombstone carries; undefined when none is set. */
export const expectedStateOf = (options: ExpectedRevisionOptions): ExpectedState | undefined => {
  if (options.hasRevision()) return BigInt(options.getRevision());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasAny()) return 'any';
  if (options.hasStreamExists()) return 'stream_exists';
  return undefined;
};

/** A proposed message of `Append` or `BatchAppend`: the two have the same fields. */
export interface ProposedMessageLike {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** A proposed message as an event to store, or the failure the server answers it with. */
export const proposedEventOf = (message: ProposedMessageLike): ProposedEvent | ServerErrorResponse => {
  const eventId = uuidText(message.getId());
  if (eventId === undefined) return badRequestFailure('Proposed message has no valid event id.');
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  if (type === undefined) return missingMetadataFailure('type');
  const contentType = metadata.get('content-type');
  if (contentType === undefined) return missingMetadataFailure('content-type');
  return {
    eventId,
    type,
    contentType,
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
};

export const isFailure = (value: ProposedEvent | ServerErrorResponse): value is ServerErrorResponse =>
  value instanceof Error;
