/** What a command handler remembers of a stream between commands. */
export interface CachedStream<State> {
  /** The revision of the last event folded into `state`. */
  readonly version: bigint;
  readonly state: State;
  /**
   * The command ids recorded in the stream up to `version`. It may be shared with later entries
   * of the same stream and so hold ids recorded after `version`; that can only send a command to
   * the full load, never skip an id that is recorded.
   */
  readonly commandIds: Set<string>;
}

/** A bounded map from stream id to what was last known of it, the least recently used forgotten first. */
export interface StreamStateCache<State> {
  readonly get: (streamId: string) => CachedStream<State> | undefined;
  /** Keeps the entry unless a later revision of the stream is already remembered. */
  readonly remember: (streamId: string, entry: CachedStream<State>) => void;
  readonly forget: (streamId: string) => void;
}

/** A cache of at most `maxStreams` streams (at least 1). */
export const streamStateCache = <State>(maxStreams: number): StreamStateCache<State> => {
  const entries = new Map<string, CachedStream<State>>();
  return {
    get: (streamId) => {
      const entry = entries.get(streamId);
      if (entry !== undefined) {
        entries.delete(streamId);
        entries.set(streamId, entry);
      }
      return entry;
    },
    remember: (streamId, entry) => {
      const known = entries.get(streamId);
      if (known !== undefined && known.version > entry.version) return;
      entries.delete(streamId);
      entries.set(streamId, entry);
      if (entries.size > maxStreams) {
        for (const oldest of entries.keys()) {
          entries.delete(oldest);
          break;
        }
      }
    },
    forget: (streamId) => {
      entries.delete(streamId);
    },
  };
};
