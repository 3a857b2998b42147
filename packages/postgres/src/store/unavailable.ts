import {
  DuplicateEventIds,
  InvalidEventData,
  InvalidStreamId,
  StoreUnavailable,
  StreamNotFound,
  VersionConflict,
} from '@parcel-claims/eventsourcing';

const isPortError = (error: unknown): boolean =>
  error instanceof VersionConflict ||
  error instanceof StreamNotFound ||
  error instanceof DuplicateEventIds ||
  error instanceof InvalidEventData ||
  error instanceof InvalidStreamId ||
  error instanceof StoreUnavailable;

/**
 * Runs `work`, turning any failure that is not one of the port's typed errors (a driver error, a
 * lost connection, an unexpected row) into `StoreUnavailable` with the original as its cause.
 */
export const unlessUnavailable = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw isPortError(error) ? error : new StoreUnavailable({ cause: error });
  }
};
