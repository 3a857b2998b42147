import { setTimeout } from 'node:timers/promises';

/** How a command handler retries after a version conflict. */
export interface RetryPolicy {
  /** Retries after the first attempt; default 5, so at most 6 attempts. */
  readonly maxRetries?: number;
  /** Milliseconds to wait before retry number `retry` (1, 2, …); default {@link jitteredBackoff}. */
  readonly delayMs?: (retry: number) => number;
  /** How to wait; tests pass one that records the delay and returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Exponential backoff with full jitter: a random wait up to min(200, 10·2^retry) ms. The jitter
 * keeps writers that collided once from colliding again in lockstep.
 */
export const jitteredBackoff = (retry: number): number => Math.random() * Math.min(200, 10 * 2 ** retry);

export const realSleep = async (ms: number): Promise<void> => {
  await setTimeout(ms);
};
