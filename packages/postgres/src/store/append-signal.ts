import type { NotificationSource, StopListening } from '../notifications/notification-source.js';

/** A pending wait for the next append. */
export interface Wait {
  readonly done: Promise<void>;
  readonly cancel: () => void;
}

/**
 * How live subscriptions learn that there may be more to read: a counter that every
 * notification of the schema's channel moves on, shared by the subscriptions of one store. One
 * LISTEN serves them all, opened with the first subscription and closed with the last.
 */
export interface AppendSignal {
  /** How many notifications have arrived so far; read it before a query, wait with it after. */
  readonly seen: () => number;
  /**
   * A wait that ends when a notification newer than `since` arrives (at once if one already
   * has), after `ms` in any case (the poll that covers a lost or not yet established LISTEN), or
   * when cancelled.
   */
  readonly wait: (since: number, ms: number) => Wait;
  /** A subscription starts: listen if nobody does yet. */
  readonly join: () => void;
  /** A subscription ends: stop listening once nobody is left. */
  readonly leave: () => Promise<void>;
}

/** The signal of one store, listening on `channel` through `source` when there is one. */
export const appendSignal = (source: NotificationSource | undefined, channel: string): AppendSignal => {
  let count = 0;
  let members = 0;
  let listening: Promise<StopListening | undefined> | undefined;
  const waiters = new Set<() => void>();
  const bump = () => {
    count += 1;
    for (const wake of [...waiters]) wake();
  };
  const start = () => {
    if (source === undefined || listening !== undefined) return;
    // Forgets this listener only if it is still the current one (a later start may replace it).
    const forget = () => {
      if (listening === current) listening = undefined;
    };
    const current: Promise<StopListening | undefined> = source
      .listen(channel, bump, () => {
        // The connection failed: polling carries on, and the next subscription listens again.
        forget();
      })
      .then(
        (stopListening) => {
          // Anything appended before LISTEN took effect may have gone unannounced: look again.
          bump();
          return stopListening;
        },
        () => {
          forget();
          return undefined;
        },
      );
    listening = current;
  };
  const stop = async () => {
    const current = listening;
    listening = undefined;
    const stopListening = await current;
    await stopListening?.();
  };
  return {
    seen: () => count,
    wait: (since, ms) => {
      if (count > since) return { done: Promise.resolve(), cancel: () => undefined };
      let wake: () => void = () => undefined;
      const done = new Promise<void>((resolve) => {
        const timer = setTimeout(() => wake(), ms);
        wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
      });
      return { done, cancel: () => wake() };
    },
    join: () => {
      members += 1;
      start();
    },
    leave: async () => {
      members = Math.max(0, members - 1);
      if (members === 0) await stop();
    },
  };
};
