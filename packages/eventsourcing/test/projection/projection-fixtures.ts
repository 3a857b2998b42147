import type { EventStore, ProjectionDefinition, ProjectionSink, RecordedEvent } from '../../src/index.js';
import { noted } from '../support/events.js';

/** An event as `stream@position`, for exact comparisons. */
export const label = (event: RecordedEvent): string => `${event.streamId}@${event.position}`;

/** Every event applied, in order, repeats included: shows exactly what a sink was given. */
export const visits: ProjectionDefinition<readonly string[]> = {
  initial: [],
  apply: (seen, event) => [...seen, label(event)],
};

/**
 * The same list, but idempotent: it remembers the last position applied and ignores events at or
 * before it, so applying a batch again changes nothing.
 */
export const idempotentVisits: ProjectionDefinition<{
  readonly last: bigint;
  readonly seen: readonly string[];
}> = {
  initial: { last: 0n, seen: [] },
  apply: (model, event) =>
    event.position <= model.last ? model : { last: event.position, seen: [...model.seen, label(event)] },
};

/** Appends one `Noted` event per entry, numbered from `firstN`, each to the stream named. */
export const appendEach = async (
  store: EventStore,
  streams: readonly string[],
  firstN = 1,
): Promise<void> => {
  let n = firstN;
  for (const streamId of streams) {
    await store.append(streamId, [noted(n)], { expectedVersion: 'any' });
    n += 1;
  }
};

/** Every event of the global log, as labels. */
export const logOf = async (store: EventStore): Promise<readonly string[]> => {
  const labels: string[] = [];
  for await (const batch of store.readAll()) labels.push(...batch.map(label));
  return labels;
};

/** A call of `ProjectionSink.apply`: the events as labels and the checkpoint. */
export interface ApplyCall {
  readonly events: readonly string[];
  readonly checkpoint: bigint;
}

/**
 * Wraps a sink to record every `apply` call and to let a test wait, without timers, until the
 * checkpoint has reached a position.
 */
export const observedSink = <Sink extends ProjectionSink>(
  inner: Sink,
): Sink & {
  readonly calls: readonly ApplyCall[];
  readonly reached: (position: bigint) => Promise<void>;
} => {
  const calls: ApplyCall[] = [];
  let waiters: { readonly position: bigint; readonly resolve: () => void }[] = [];
  let checkpoint = 0n;
  const reached = async (position: bigint): Promise<void> => {
    if (checkpoint >= position) return;
    await new Promise<void>((resolve) => {
      waiters.push({ position, resolve });
    });
  };
  return {
    ...inner,
    calls,
    reached,
    apply: async (events, next) => {
      await inner.apply(events, next);
      calls.push({ events: events.map(label), checkpoint: next });
      checkpoint = next;
      const ready = waiters.filter((waiter) => waiter.position <= next);
      waiters = waiters.filter((waiter) => waiter.position > next);
      for (const waiter of ready) waiter.resolve();
    },
  };
};
