import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailable } from '@parcel-claims/eventsourcing';
import { failureKind } from '../client/failure-kind.js';

/** How often and how patiently a call is retried when the server cannot be reached. */
export interface RetrySettings {
  /** Retries after the first try; 0 gives up at once. */
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/** Backoff before retry `attempt` (1-based): doubling from the initial delay, capped, jittered. */
export const backoffDelay = (attempt: number, settings: Omit<RetrySettings, 'attempts'>): number => {
  const ceiling = Math.min(settings.maxDelayMs, settings.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  // Half fixed, half random: spreads out clients that failed together without ever waiting zero.
  return ceiling / 2 + Math.random() * (ceiling / 2);
};

/**
 * Runs `action`, retrying it with backoff while it fails for a transient reason (server down,
 * connection cut); then rejects with `StoreUnavailable`. Other failures pass through at once.
 * Only for actions that are safe to repeat.
 */
export const withTransientRetry = async <T>(
  settings: RetrySettings,
  action: () => Promise<T>,
): Promise<T> => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (failureKind(error) !== 'transient') throw error;
      if (attempt >= settings.attempts) throw new StoreUnavailable({ cause: error });
      await sleep(backoffDelay(attempt + 1, settings));
    }
  }
};
