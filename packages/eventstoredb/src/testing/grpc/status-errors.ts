import { Metadata, type ServerErrorResponse, status } from '@grpc/grpc-js';
import type { CurrentState, ExpectedState } from '../engine/stored-event.js';

/**
 * A call failure as the server sends it: a status code, details, and trailers. The client maps
 * failures by the `exception` trailer first and by the status code otherwise.
 */
export const callFailure = (
  code: status,
  details: string,
  trailers: Readonly<Record<string, string>> = {},
): ServerErrorResponse => {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
};

/** The server's legacy numbers for expected versions, still used in trailers. */
const expectedNumber = (expected: ExpectedState): string => {
  switch (expected) {
    case 'any':
      return '-2';
    case 'no_stream':
      return '-1';
    case 'stream_exists':
      return '-4';
    default:
      return expected.toString();
  }
};

export const streamDeletedFailure = (streamName: string): ServerErrorResponse =>
  callFailure(status.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': streamName,
  });

export const wrongExpectedVersionFailure = (
  streamName: string,
  expected: ExpectedState,
  current: CurrentState,
): ServerErrorResponse =>
  callFailure(status.FAILED_PRECONDITION, `Append failed due to WrongExpectedVersion.`, {
    exception: 'wrong-expected-version',
    'stream-name': streamName,
    'expected-version': expectedNumber(expected),
    ...(current === 'no_stream' ? {} : { 'actual-version': current.toString() }),
  });

export const invalidPositionFailure = (): ServerErrorResponse =>
  callFailure(status.INVALID_ARGUMENT, 'Trying to read from an invalid position.');

export const missingMetadataFailure = (property: string): ServerErrorResponse =>
  callFailure(status.INVALID_ARGUMENT, `Required metadata property '${property}' is missing.`, {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': property,
  });

export const badRequestFailure = (details: string): ServerErrorResponse =>
  callFailure(status.INVALID_ARGUMENT, details);

/** What a client sees when the connection drops after the server has done the work. */
export const lostResponseFailure = (): ServerErrorResponse =>
  callFailure(status.UNAVAILABLE, 'Connection dropped before the response was sent (injected fault)');
