import type * as E from 'fp-ts/lib/Either.js';
import type { EventStore } from '../store/event-store.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { tracedBatchApplier } from '../telemetry/traced-batch-applier.js';
import type { DecodeFailure } from '../upcasting/decode-failure.js';
import { batchApplier } from './batch-applier.js';
import { countEventsAfter } from './count-events.js';
import { type LiveRun, liveRun } from './live-run.js';
import type { PoisonHandling } from './poison.js';
import { type ProjectionActivity, ProjectionBusy } from './projection-busy.js';
import type { ProjectionSink } from './projection-sink.js';
import { ProjectionStopped } from './projection-stopped.js';
import { readAhead } from './read-ahead.js';
import { type Clock, progressMeter, type RebuildProgress } from './rebuild-progress.js';

// Each batch of a SQL read model costs a few round trips (its reads, its writes, the checkpoint,
// the commit) whatever its size; rebuilding the five claim read models in PostgreSQL ran at about
// 13,000 events/s in batches of 256 and 21,000–23,000 in batches of 1,024, no faster at 2,048 or
// 4,096 (docs/benchmarks.md). Live batches take only what has arrived, up to this size, so a
// larger bound adds no waiting.
const defaultBatchSize = 1_024;

/** Options of `projectionRunner`; see each field, and `PoisonHandling` for `onPoison` and `park`. */
export type ProjectionRunnerOptions = {
  readonly store: EventStore;
  readonly sink: ProjectionSink;
  /** Names the projection in errors. */
  readonly name: string;
  /** Events read and applied per batch, at least 1; default 1,024. */
  readonly batchSize?: number;
  /** Only events of streams whose id starts with this are applied; the checkpoint passes the rest. */
  readonly filter?: { readonly streamPrefix: string };
  /** Validates each event before it is applied; a `Left` makes it a poison event. */
  readonly decode?: (recorded: RecordedEvent) => E.Either<DecodeFailure, unknown>;
  /** Told after every batch of a rebuild. */
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Told, in live mode, once the stored events are applied. */
  readonly onCaughtUp?: (checkpoint: bigint) => void;
  /** For the rebuild rate; default `performance.now`. */
  readonly clock?: Clock;
  /**
   * Whether each batch makes an OpenTelemetry span and records the lag in seconds (see
   * `tracedBatchApplier`), through the global API; default true, no-ops without an SDK.
   */
  readonly telemetry?: boolean;
} & PoisonHandling;

/** What a catch-up or rebuild did. */
export interface CatchUpResult {
  /** Events applied or parked by this run (events of other streams not counted). */
  readonly handled: number;
  /** The checkpoint at the end of the run. */
  readonly checkpoint: bigint;
}

/**
 * Runs one projection: reads the global log from the sink's checkpoint and applies it in
 * batches, each batch with its last position as the new checkpoint. One run at a time: a call
 * while another runs rejects with `ProjectionBusy`.
 */
export interface ProjectionRunner {
  readonly name: string;
  /** Applies everything stored after the checkpoint, then returns. */
  readonly catchUp: () => Promise<CatchUpResult>;
  /** Empties the read model, then applies the whole log, reporting `onProgress` per batch. */
  readonly rebuild: () => Promise<CatchUpResult>;
  /**
   * Goes live through `store.subscribe`: catches up, then applies appends as they arrive.
   * Resolves with the checkpoint once caught up; rejects with what ended live mode before that
   * (`ProjectionFailed`, a store error, or `ProjectionStopped`).
   */
  readonly start: () => Promise<bigint>;
  /** Ends live mode once the batch in hand is applied; resolves when it has ended. */
  readonly stop: () => Promise<void>;
  /** Settles when the last live run ends: resolves after `stop()`, rejects with what stopped it. */
  readonly finished: () => Promise<void>;
  /** How many events (of the filtered streams) lie after the checkpoint; reads them to count. */
  readonly lag: () => Promise<number>;
  /** What the runner is doing now and what it has done. */
  readonly activity: () => ProjectionActivity;
}

/**
 * A projection runner over any `EventStore` and `ProjectionSink`. A poison event (undecodable,
 * or its handler throws) stops the projection with `ProjectionFailed` naming the projection,
 * stream, revision, position and cause; with `onPoison: 'park'` it is handed to `park` and
 * passed. No event is ever skipped silently.
 *
 * @example
 * const sink = memoryProjectionSink({ initial: 0, apply: (count: number) => count + 1 });
 * const runner = projectionRunner({ store, sink, name: 'event-count', filter: { streamPrefix: 'parcel-' } });
 * await runner.catchUp();
 * await runner.start(); // live from here on
 * await runner.stop();
 */
export const projectionRunner = (options: ProjectionRunnerOptions): ProjectionRunner => {
  const { store, sink, name } = options;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize));
  const streamPrefix = options.filter?.streamPrefix ?? '';
  const matches = (event: RecordedEvent): boolean => event.streamId.startsWith(streamPrefix);
  const clock = options.clock ?? (() => performance.now());
  let activity: ProjectionActivity = 'idle';
  let live: LiveRun | undefined;
  let lastLiveRun: Promise<void> = Promise.resolve();
  // A stop may come while `start` still reads the checkpoint, before there is a run to stop.
  let starting: Promise<unknown> = Promise.resolve();
  let stopRequested = false;

  const applierFrom = (checkpoint: bigint) => {
    const apply = batchApplier({ name, sink, matches, decode: options.decode, poison: options }, checkpoint);
    return options.telemetry === false ? apply : tracedBatchApplier(name, apply);
  };

  const claim = (next: ProjectionActivity): void => {
    if (activity !== 'idle') throw new ProjectionBusy({ projection: name, activity });
    activity = next;
  };

  const exclusively = async <T>(next: ProjectionActivity, run: () => Promise<T>): Promise<T> => {
    claim(next);
    try {
      return await run();
    } finally {
      activity = 'idle';
    }
  };

  const replay = async (report: (handled: number) => void): Promise<CatchUpResult> => {
    let checkpoint = await sink.checkpoint();
    const apply = applierFrom(checkpoint);
    let handled = 0;
    for await (const batch of readAhead(store.readAll({ after: checkpoint, batchSize }))) {
      const last = batch[batch.length - 1];
      if (last === undefined) continue;
      handled += await apply(batch, last.position);
      checkpoint = last.position;
      report(handled);
    }
    return { handled, checkpoint };
  };

  const start = async (): Promise<bigint> => {
    claim('live');
    stopRequested = false;
    let after: bigint;
    try {
      const reading = sink.checkpoint();
      starting = reading;
      after = await reading;
    } catch (error) {
      activity = 'idle';
      throw error;
    }
    if (stopRequested) {
      activity = 'idle';
      throw new ProjectionStopped({ projection: name, checkpoint: after });
    }
    return new Promise<bigint>((resolve, reject) => {
      const run = liveRun({
        store,
        apply: applierFrom(after),
        after,
        streamPrefix,
        batchSize,
        onCaughtUp: (checkpoint) => {
          resolve(checkpoint);
          options.onCaughtUp?.(checkpoint);
        },
      });
      live = run;
      // Settling an already resolved promise does nothing, so these only matter before catch-up.
      const done = run.done.then(
        () => reject(new ProjectionStopped({ projection: name, checkpoint: run.checkpoint() })),
        (error: unknown) => {
          reject(error);
          throw error;
        },
      );
      lastLiveRun = done.finally(() => {
        live = undefined;
        activity = 'idle';
      });
      // Whoever awaits `finished()` sees the failure; nobody has to.
      lastLiveRun.catch(() => undefined);
    });
  };

  return {
    name,
    catchUp: () => exclusively('catching-up', () => replay(() => undefined)),
    rebuild: () =>
      exclusively('rebuilding', async () => {
        await sink.reset();
        const { onProgress } = options;
        // Counting reads the whole log once more: only worth it for someone watching the progress.
        if (onProgress === undefined) return replay(() => undefined);
        const measure = progressMeter(await countEventsAfter(store, 0n, matches, batchSize), clock);
        return replay((done) => onProgress(measure(done)));
      }),
    start,
    stop: async () => {
      stopRequested = true;
      await starting.catch(() => undefined);
      await live?.stop();
      await lastLiveRun.catch(() => undefined);
    },
    finished: () => lastLiveRun,
    lag: async () => countEventsAfter(store, await sink.checkpoint(), matches, batchSize),
    activity: () => activity,
  };
};
