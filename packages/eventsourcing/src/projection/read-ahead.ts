/**
 * The items of `source`, asking for each next one as soon as the previous is handed out, so that
 * reading the next batch overlaps with handling the current one. A failure to read ahead is
 * thrown when its turn comes, after the items before it were handled.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done === true) {
        finished = true;
        return;
      }
      next = iterator.next();
      // Until its turn comes, nobody awaits the read ahead: its failure must not count as unhandled.
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    // Stopped early: the source is closed once the read ahead settles, without waiting for it.
    if (!finished) iterator.return?.().catch(() => undefined);
  }
}
