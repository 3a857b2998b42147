const plainIdentifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `channel`, checked to be a plain identifier: LISTEN takes no parameters, so the name is put
 * into the statement and must not be able to carry anything else.
 */
export const channelName = (channel: string): string => {
  if (!plainIdentifier.test(channel)) {
    throw new Error(`Channel name ${JSON.stringify(channel)} is not a plain lower-case identifier`);
  }
  return channel;
};
