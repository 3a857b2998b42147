/**
 * Where a sink that cannot write its read model and its checkpoint together keeps the
 * checkpoint: a second write, after the read model's. A failure between the two leaves the
 * effect of a batch without its checkpoint, so the batch is applied again (at least once).
 */
export interface CheckpointStore {
  /** The position the projection has applied events up to, as last saved. */
  readonly load: () => Promise<bigint>;
  /** Records the position the projection has applied events up to. */
  readonly save: (position: bigint) => Promise<void>;
}

/**
 * A checkpoint kept in memory, starting at `initial` (default 0n: the beginning of the log).
 *
 * @example
 * const checkpoints = memoryCheckpointStore();
 * await checkpoints.save(42n);
 * await checkpoints.load(); // 42n
 */
export const memoryCheckpointStore = (initial = 0n): CheckpointStore => {
  let position = initial;
  return {
    load: async () => position,
    save: async (next) => {
      position = next;
    },
  };
};
