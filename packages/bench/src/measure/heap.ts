/** Heap in use after a full collection; needs `--expose-gc`, else it is what happens to be live. */
export const settledHeapBytes = (): number => {
  const collect = globalThis.gc;
  if (collect !== undefined) {
    // Twice: the first pass can leave garbage that only becomes unreachable after finalisers run.
    collect();
    collect();
  }
  return process.memoryUsage().heapUsed;
};

export const canCollect = (): boolean => globalThis.gc !== undefined;

/** A full collection before a measurement, so that garbage left by set-up is not billed to it. */
export const collectGarbage = (): void => {
  globalThis.gc?.();
};
