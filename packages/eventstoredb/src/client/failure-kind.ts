import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { status } from '@grpc/grpc-js';

/** What a failure of the client means to the adapter. */
export type FailureKind =
  | 'wrong-expected-version'
  | 'stream-deleted'
  | 'stream-not-found'
  /** The server could not be reached or the call was cut: retrying may succeed. */
  | 'transient'
  /** A request the server refused, e.g. a position that is not the start of a record. */
  | 'invalid-argument'
  | 'other';

// Status codes the client leaves as UnknownError but that mean the connection, not the request.
const transientCodes: ReadonlySet<number> = new Set([
  status.UNAVAILABLE,
  status.CANCELLED,
  status.DEADLINE_EXCEEDED,
  status.ABORTED,
  status.INTERNAL,
  status.UNKNOWN,
  status.RESOURCE_EXHAUSTED,
]);

const codeOf = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'number' ? error.code : undefined;
};

/** Sorts a rejection of `@eventstore/db-client` by what the adapter does about it. */
export const failureKind = (error: unknown): FailureKind => {
  if (error instanceof WrongExpectedVersionError) return 'wrong-expected-version';
  if (error instanceof StreamDeletedError) return 'stream-deleted';
  if (error instanceof StreamNotFoundError) return 'stream-not-found';
  if (
    error instanceof UnavailableError ||
    error instanceof CancelledError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError
  ) {
    return 'transient';
  }
  const code = codeOf(error);
  if (code === status.INVALID_ARGUMENT) return 'invalid-argument';
  return code !== undefined && transientCodes.has(code) ? 'transient' : 'other';
};
