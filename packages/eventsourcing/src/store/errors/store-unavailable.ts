/**
 * The store could not be reached or failed for a reason unrelated to the request (connection
 * lost, timeout, server down). The original error is `cause`. Whether a write happened is
 * unknown: retrying a command with the same command id is safe, as its event ids are the same.
 */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';

  constructor(details: { readonly cause: unknown }) {
    const reason = details.cause instanceof Error ? details.cause.message : String(details.cause);
    super(`Event store unavailable: ${reason}`, { cause: details.cause });
  }
}
