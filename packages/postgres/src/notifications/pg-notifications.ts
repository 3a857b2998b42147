import pg from 'pg';
import { channelName } from './channel-name.js';
import type { NotificationSource } from './notification-source.js';

/**
 * LISTEN/NOTIFY for the database of a `pg` pool. Each listener opens a connection of its own
 * with the pool's settings (LISTEN belongs to a session, and holding one of the pool's
 * connections would starve a small pool) and closes it when stopped.
 *
 * @example
 * const stop = await pgNotifications(pool).listen('parcel_claims_events', wake, () => undefined);
 */
export const pgNotifications = (pool: pg.Pool): NotificationSource => ({
  listen: async (channel, onNotify, onLost) => {
    const name = channelName(channel);
    const client = new pg.Client(pool.options);
    let ended = false;
    const end = async () => {
      if (ended) return;
      ended = true;
      client.off('notification', onNotification);
      await client.end().catch(() => undefined);
    };
    function onNotification(message: pg.Notification) {
      if (message.channel === name) onNotify(message.payload ?? '');
    }
    // Without a listener, a connection error would crash the process; it ends this listener.
    client.on('error', (error) => {
      if (ended) return;
      void end();
      onLost(error);
    });
    client.on('notification', onNotification);
    try {
      await client.connect();
      await client.query(`LISTEN ${name}`);
    } catch (error) {
      await end();
      throw error;
    }
    return end;
  },
});
