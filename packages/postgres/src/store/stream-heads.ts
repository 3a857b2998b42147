/** The last event of a stream: its revision and hash, which the next append chains onto. */
export interface StreamHead {
  readonly revision: bigint;
  readonly hash: string;
}

/** A stream's head, `null` when the stream has no events. */
export type KnownHead = StreamHead | null;

/**
 * The heads this store last saw, by stream. An append chains its hashes in JavaScript (with
 * `chainEvents`, as every store does) before its one round trip, so it needs the head first; a
 * command that has just read its stream finds it here. Only a hint: `append_events` writes only
 * if the head is still the one guessed, so a stale entry costs a second round trip, never a
 * wrong write. Bounded, dropping the least recently used.
 */
export interface StreamHeads {
  readonly get: (streamId: string) => KnownHead | undefined;
  readonly set: (streamId: string, head: KnownHead) => void;
}

/** A head cache holding at most `capacity` streams. */
export const streamHeads = (capacity = 4096): StreamHeads => {
  const heads = new Map<string, KnownHead>();
  return {
    get: (streamId) => {
      const head = heads.get(streamId);
      if (head === undefined) return undefined;
      // Re-inserting moves the stream to the end, so the first key is the least recently used.
      heads.delete(streamId);
      heads.set(streamId, head);
      return head;
    },
    set: (streamId, head) => {
      heads.delete(streamId);
      heads.set(streamId, head);
      if (heads.size > capacity) {
        const oldest = heads.keys().next();
        if (oldest.done !== true) heads.delete(oldest.value);
      }
    },
  };
};
