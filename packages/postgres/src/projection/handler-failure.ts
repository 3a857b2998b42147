import { EventHandlerFailed, type RecordedEvent } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '../sql-executor.js';

// SQLSTATE classes that say nothing about the event: connection exceptions, transaction
// rollbacks (serialization failures, deadlocks), resources, operator intervention, system and
// internal errors. Retrying later may succeed, so the event must not be blamed.
const transientClasses = new Set(['08', '40', '53', '57', '58', 'XX']);

const sqlStateOf = (error: unknown): string | undefined =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  typeof error.code === 'string' &&
  /^[0-9A-Z]{5}$/.test(error.code)
    ? error.code
    : undefined;

/**
 * Whether `error`, thrown while writing a read model with `tx`, is the handler's own failure (its
 * code threw, or the database refused what it wrote) rather than the infrastructure's. A
 * statement on the transaction tells them apart: it runs, or fails only because the transaction
 * is aborted (25P02), while the connection is alive.
 */
export const isHandlerFault = async (tx: SqlExecutor, error: unknown): Promise<boolean> => {
  const state = sqlStateOf(error);
  if (state !== undefined && transientClasses.has(state.slice(0, 2))) return false;
  return tx.query('SELECT 1').then(
    () => true,
    (probe: unknown) => sqlStateOf(probe) === '25P02',
  );
};

/**
 * What a sink rejects with when a read-model handler failed on `event`: `EventHandlerFailed` if
 * the handler itself failed, the original error if the infrastructure did (see `isHandlerFault`).
 */
export const handlerFailure = async (
  tx: SqlExecutor,
  event: RecordedEvent,
  error: unknown,
): Promise<unknown> =>
  (await isHandlerFault(tx, error)) ? new EventHandlerFailed({ event, cause: error }) : error;
