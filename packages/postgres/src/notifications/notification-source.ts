/** Stops a listener; resolves once the channel is no longer listened to. */
export type StopListening = () => Promise<void>;

/**
 * LISTEN/NOTIFY behind one small interface, so that subscriptions wake on an append instead of
 * waiting for their next poll, on a PostgreSQL server and on PGlite alike.
 */
export interface NotificationSource {
  /**
   * Listens on `channel` (a plain lower-case identifier) and calls `onNotify` with each
   * notification's payload; resolves once listening. `onLost` is called if the listener stops
   * by itself (its connection failed); nothing is called after the returned stop.
   */
  readonly listen: (
    channel: string,
    onNotify: (payload: string) => void,
    onLost: (error: unknown) => void,
  ) => Promise<StopListening>;
}
