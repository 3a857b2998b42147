import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultPolicy } from '@parcel-claims/core';
import {
  type CheckpointStore,
  type EventStore,
  memoryCheckpointStore,
  type ProjectionRunner,
  type ProjectionSink,
  projectionRunner,
  type RecordedEvent,
  type Subscription,
} from '@parcel-claims/eventsourcing';
import { createClaimsService, parcelStreamId } from '@parcel-claims/service';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { StoreFactory } from '../contract/store-factory.js';
import { historyDecider } from '../history/arb-history.js';
import type { Intent } from '../history/intent.js';
import { intentInput } from '../history/interpret.js';
import { arbPathIntents, historyPaths } from '../history/paths.js';
import {
  arbCrashes,
  type CrashPoint,
  type CrashSwitch,
  crashPoints,
  crashSwitch,
  InjectedCrash,
} from './crash-plan.js';
import { scenarioClock } from './scenario-clock.js';

/** Where a read model's storage lets a crash strike; each hook throws when a crash is due. */
export interface CrashHooks {
  /** Called once a batch's read-model writes are done, before its checkpoint is stored. */
  readonly beforeCheckpoint: () => void;
  /** Called before each event's read-model write. */
  readonly readModelWrite: () => void;
}

/** A read model's sink over some storage, and what that storage holds. */
export interface SinkUnderTest {
  readonly sink: ProjectionSink;
  /** The read model and the checkpoint as stored now, comparable with `toEqual`. */
  readonly contents: () => Promise<unknown>;
}

/** One read model under test. */
export interface ProjectionTarget extends SinkUnderTest {
  readonly name: string;
  /**
   * Whether a batch's read-model writes and its checkpoint commit together (one transaction):
   * then after every crash the stored read model must be exactly the one of the stored checkpoint.
   */
  readonly atomic: boolean;
  /** The same read model over storage of its own, without crashes, for the rebuilds compared with. */
  readonly rebuilt: SinkUnderTest;
}

/**
 * Makes the read models under test for one run, their storage calling `hooks` where crashes may
 * strike. The scenario resets each sink before the run; the storage outlives a crash, and a
 * restart goes on with it.
 */
export type ProjectionTargets = (hooks: CrashHooks) => Promise<readonly ProjectionTarget[]>;

/** How the projection fault property runs: how many runs and parcels, the batch size, the seed. */
export interface ProjectionFaultsOptions {
  /** Generated runs; default 20. */
  readonly numRuns?: number;
  /** Parcels whose stories each run sends, before and (each by a writer of its own) while live; default 4. */
  readonly parcels?: number;
  /** Events per batch; default 4, so that batches are many and crashes strike between them. */
  readonly batchSize?: number;
  readonly seed?: number;
  readonly path?: string;
  /** Report the first failing run as it is, without shrinking it; default false. */
  readonly endOnFailure?: boolean;
}

/** What the runs did, summed. */
export interface ProjectionFaultsReport {
  readonly runs: number;
  /** Events the runs wrote, each applied by every read model under test. */
  readonly events: number;
  readonly crashes: Readonly<Record<CrashPoint, number>>;
  /** Runners started again after a crash. */
  readonly restarts: number;
  /** Times the stored read model of an atomic target was checked against its checkpoint after a crash. */
  readonly atomicChecks: number;
}

/** The store with crashes in its log reads and its subscriptions. */
const crashingStore = (inner: EventStore, crashes: CrashSwitch): EventStore => ({
  ...inner,
  readAll: (options) => ({
    [Symbol.asyncIterator]: async function* () {
      for await (const batch of inner.readAll(options)) {
        crashes.reach('read-all');
        yield batch;
      }
    },
  }),
  subscribe: (options): Subscription => {
    const subscription = inner.subscribe(options);
    return {
      close: subscription.close,
      [Symbol.asyncIterator]: async function* () {
        for await (const message of subscription) {
          crashes.reach('subscription');
          yield message;
        }
      },
    };
  },
});

/** The events of `streams`, in log order. */
const eventsOf = async (
  store: EventStore,
  streams: ReadonlySet<string>,
): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (const streamId of streams) events.push(...(await store.readStream(streamId)));
  return events.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
};

/** The position of the last event in the log, reading on from `after`. */
const headAfter = async (store: EventStore, after: bigint): Promise<bigint> => {
  let head = after;
  for await (const batch of store.readAll({ after, batchSize: 512 }))
    head = batch[batch.length - 1]?.position ?? head;
  return head;
};

/**
 * Sends each parcel's story through the claims service, and adds the streams it sent commands to
 * to `streams`. With `picks`, one step at a time, the parcels' steps interleaved by the picks;
 * with `concurrent`, each parcel's story by a writer of its own, all writers at once.
 */
const sendStories = async (
  store: EventStore,
  run: string,
  stories: readonly (readonly Intent[])[],
  order: { readonly picks: readonly number[] } | 'concurrent',
  streams: Set<string>,
): Promise<void> => {
  const time = scenarioClock(Date.UTC(2026, 0, 5, 2));
  const service = createClaimsService({ store, clock: time.clock });
  const decider = historyDecider();
  const told = stories.map(() => 0);
  let index = 0;
  const sendStep = async (parcel: number): Promise<void> => {
    const intent = stories[parcel]?.[told[parcel] ?? 0];
    told[parcel] = (told[parcel] ?? 0) + 1;
    if (intent === undefined || intent.kind === 'Repeat') return;
    const setup = {
      decider,
      parcelId: `rel-${run}-${parcel + 1}`,
      policy: { id: defaultPolicy.id, version: defaultPolicy.version },
      start: Date.UTC(2026, 0, 5, 2),
    };
    const state = (await service.getParcel(setup.parcelId)) ?? decider.initialState;
    index += 1;
    const input = intentInput({ ...intent, kind: intent.kind }, state, setup, index, randomUUID());
    streams.add(parcelStreamId(input.data.parcelId));
    time.reach(input.data.now);
    await service.execute(input);
  };
  if (order === 'concurrent') {
    await Promise.all(
      stories.map(async (story, parcel) => {
        for (const _ of story) await sendStep(parcel);
      }),
    );
    return;
  }
  const remaining = () =>
    stories.flatMap((story, parcel) => ((told[parcel] ?? 0) < story.length ? [parcel] : []));
  for (let pick = 0; remaining().length > 0; pick += 1) {
    const open = remaining();
    await sendStep(open[(order.picks[pick % Math.max(1, order.picks.length)] ?? 0) % open.length] ?? 0);
  }
};

/**
 * Projection faults. Each run sends generated parcel stories through the claims service (so the
 * log holds real claim histories), then brings every read model of `targets` up to date twice:
 * by catch-up from its checkpoint, and live through a subscription while concurrent writers send
 * more stories, one parcel each.
 * Crashes strike at generated points: after a batch's read-model writes and before its checkpoint,
 * in the middle of a batch, in the subscription, in the log read. After each crash the runner is
 * started again over the same storage, as after a process restart; for an atomic target the
 * stored read model must then be exactly the read model of its stored checkpoint (a rebuild up to
 * it): the crash left neither the batch's writes nor its checkpoint. At the end every read model
 * must equal a full rebuild from the log: nothing lost, nothing counted twice.
 *
 * Fails with fast-check's seed and path; resolves with the figures.
 */
export const assertProjectionFaults = async (
  factory: StoreFactory,
  targets: ProjectionTargets,
  options: ProjectionFaultsOptions = {},
): Promise<ProjectionFaultsReport> => {
  const { store: inner, dispose } = await factory();
  const parcels = options.parcels ?? 4;
  const batchSize = options.batchSize ?? 4;
  const report = {
    runs: 0,
    events: 0,
    restarts: 0,
    atomicChecks: 0,
    crashes: {
      'before-checkpoint': 0,
      'read-model-write': 0,
      subscription: 0,
      'read-all': 0,
    } satisfies Record<CrashPoint, number>,
  };
  const arbStories = fc.array(
    fc.constantFrom(...historyPaths).chain((path) => arbPathIntents(path, 4)),
    { minLength: parcels, maxLength: parcels },
  );
  const arbRun = fc.record({
    before: arbStories,
    live: arbStories,
    picks: fc.array(fc.nat(), { maxLength: 200 }),
    crashes: arbCrashes,
  });

  let head = 0n;
  type RunInput = typeof arbRun extends fc.Arbitrary<infer T> ? T : never;
  const runOnce = async ({ before, live, picks, crashes: plan }: RunInput) => {
    const crashes = crashSwitch(plan);
    const store = crashingStore(inner, crashes);
    const hooks: CrashHooks = {
      beforeCheckpoint: () => crashes.reach('before-checkpoint'),
      readModelWrite: () => crashes.reach('read-model-write'),
    };
    const run = randomUUID().slice(0, 8);
    const prefix = `parcel-rel-${run}-`;
    const streams = new Set<string>();
    // The log before this run concerns no read model of it: every sink starts past it, as a
    // projection deployed today over an old log with a filter would after its first catch-up.
    head = await headAfter(inner, head);
    const underTest = await targets(hooks);
    for (const target of underTest) {
      await target.sink.reset();
      await target.sink.apply([], head);
    }
    crashes.arm();
    const runnerOf = (target: ProjectionTarget): ProjectionRunner =>
      projectionRunner({
        store,
        sink: target.sink,
        name: target.name,
        batchSize,
        filter: { streamPrefix: prefix },
      });

    /** The read model of every event up to `checkpoint`, over the target's rebuild storage. */
    const expectConsistent = async (target: ProjectionTarget): Promise<void> => {
      if (!target.atomic) return;
      const checkpoint = await target.sink.checkpoint();
      const upTo = (await eventsOf(inner, streams)).filter((event) => event.position <= checkpoint);
      await target.rebuilt.sink.reset();
      await target.rebuilt.sink.apply(upTo, checkpoint);
      expect(await target.contents(), `${target.name} after a crash, at checkpoint ${checkpoint}`).toEqual(
        await target.rebuilt.contents(),
      );
      report.atomicChecks += 1;
    };

    /** A crash is expected; anything else fails the run. Returns after the checks that follow a crash. */
    const afterCrash = async (target: ProjectionTarget, error: unknown): Promise<void> => {
      const crash = error instanceof InjectedCrash ? error : error instanceof Error ? error.cause : undefined;
      if (!(crash instanceof InjectedCrash)) throw error;
      report.restarts += 1;
      await expectConsistent(target);
    };

    await sendStories(inner, run, before, { picks }, streams);
    for (const target of underTest) {
      for (;;) {
        try {
          await runnerOf(target).catchUp();
          break;
        } catch (error) {
          await afterCrash(target, error);
        }
      }
    }

    const runners = new Map<ProjectionTarget, ProjectionRunner>();
    const startLive = async (target: ProjectionTarget): Promise<void> => {
      for (;;) {
        const runner = runnerOf(target);
        try {
          await runner.start();
          runners.set(target, runner);
          return;
        } catch (error) {
          await afterCrash(target, error);
        }
      }
    };
    for (const target of underTest) await startLive(target);
    await sendStories(inner, `${run}-b`, live, 'concurrent', streams);
    const all = await eventsOf(inner, streams);
    const last = all[all.length - 1]?.position ?? 0n;
    for (const target of underTest) {
      const deadline = Date.now() + 60_000;
      while ((await target.sink.checkpoint()) < last) {
        const runner = runners.get(target);
        const failed = await Promise.race([
          runner?.finished().then(
            () => undefined,
            (error: unknown) => ({ error }),
          ),
          sleep(20).then(() => undefined),
        ]);
        if (failed !== undefined) {
          await afterCrash(target, failed.error);
          await startLive(target);
        }
        if (Date.now() > deadline)
          throw new Error(`${target.name} did not reach position ${last} within 60 s`);
      }
      await runners.get(target)?.stop();
    }

    for (const target of underTest) {
      const rebuild = projectionRunner({
        store: inner,
        sink: target.rebuilt.sink,
        name: `${target.name}-rebuilt`,
        batchSize: 64,
        filter: { streamPrefix: prefix },
      });
      await target.rebuilt.sink.reset();
      await target.rebuilt.sink.apply([], head);
      await rebuild.catchUp();
      expect(await target.contents(), `${target.name} against a full rebuild`).toEqual(
        await target.rebuilt.contents(),
      );
    }
    report.runs += 1;
    report.events += all.length;
    const struck = crashes.struck();
    for (const point of crashPoints) report.crashes[point] += struck[point];
  };

  try {
    await fc.assert(fc.asyncProperty(arbRun, runOnce), {
      numRuns: options.numRuns ?? 20,
      endOnFailure: options.endOnFailure ?? false,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.path === undefined ? {} : { path: options.path }),
    });
  } finally {
    await dispose?.();
  }
  return report;
};

/**
 * A checkpoint store kept in memory that may crash just before it saves, that is after a memory
 * sink stored the batch's read model: the sink then applies the batch again after a restart.
 */
export const crashingCheckpoints = (hooks: CrashHooks): CheckpointStore => {
  const inner = memoryCheckpointStore();
  return {
    load: inner.load,
    save: async (position) => {
      hooks.beforeCheckpoint();
      await inner.save(position);
    },
  };
};
