import { InvalidStreamId } from './errors/invalid-stream-id.js';
import type { EventStore } from './event-store.js';

const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,255}$/;

/**
 * Whether every store accepts `streamId`: 1 to 256 characters, ASCII letters, digits, `.`, `_`,
 * `:`, `@` and `-`, starting with a letter or digit. So no whitespace, quotes, backslashes, NUL
 * or other control characters, `/`, `%`, and no leading `$` (EventStoreDB's system streams).
 * `parcel-<parcel id>` always fits.
 */
export const isValidStreamId = (streamId: unknown): streamId is string =>
  typeof streamId === 'string' && STREAM_ID.test(streamId);

const checked = (streamId: string): void => {
  if (!isValidStreamId(streamId)) throw new InvalidStreamId({ streamId: String(streamId) });
};

/**
 * The store with its `append`, `readStream` and `readStreamText` (if it has one) refusing an invalid stream id with
 * {@link InvalidStreamId} before anything reaches the storage. Every store of this project is
 * built with it, so all of them accept the same ids.
 */
export const withValidStreamIds = <S extends EventStore>(store: S): S => {
  const { readStreamText } = store;
  return {
    ...store,
    append: async (streamId, events, options) => {
      checked(streamId);
      return store.append(streamId, events, options);
    },
    readStream: async (streamId, options) => {
      checked(streamId);
      return store.readStream(streamId, options);
    },
    ...(readStreamText === undefined
      ? {}
      : {
          readStreamText: async (streamId: string) => {
            checked(streamId);
            return readStreamText(streamId);
          },
        }),
  };
};
