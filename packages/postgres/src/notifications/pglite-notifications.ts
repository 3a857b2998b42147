import type { PGliteInterface } from '@electric-sql/pglite';
import { channelName } from './channel-name.js';
import type { NotificationSource } from './notification-source.js';

/**
 * LISTEN/NOTIFY on a PGlite database, through its own `listen`. PGlite runs in this process, so
 * a listener cannot lose its connection; `onLost` is never called.
 *
 * @example
 * const stop = await pgliteNotifications(db).listen('parcel_claims_events', wake, () => undefined);
 */
export const pgliteNotifications = (db: Pick<PGliteInterface, 'listen'>): NotificationSource => ({
  listen: async (channel, onNotify) => {
    const unsubscribe = await db.listen(channelName(channel), onNotify);
    return async () => {
      await unsubscribe();
    };
  },
});
