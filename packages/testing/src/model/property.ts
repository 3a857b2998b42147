import { randomUUID } from 'node:crypto';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import fc from 'fast-check';
import { commandArbitrary, startArbitrary } from './arbitraries.js';
import type { ClaimsModelCommand } from './commands.js';
import { initialModel } from './parcel-model.js';

/**
 * Gives the store for one run, and how to release it. Called once per run, shrinking included.
 * Parcel and command ids carry a random run id, so it may hand out one long-lived store (a
 * PostgreSQL schema, an EventStoreDB instance) every time as well as a fresh one.
 */
export type ClaimsModelStoreFactory = () => Promise<{
  readonly store: EventStore;
  /** Releases what the store holds once the run is done. */
  readonly dispose?: () => Promise<void>;
}>;

/** The property over a generated run: where the clock starts (epoch ms), then the commands. */
export type ClaimsModelProperty = fc.IAsyncPropertyWithHooks<[number, Iterable<ClaimsModelCommand>]>;

/** How long and how wide a run is. */
export interface ClaimsModelPropertyOptions {
  /** Parcels in flight at once; each slot moves on to a new parcel when its story is over. Default 3. */
  readonly parcels?: number;
  /** Longest command sequence per run (lengths spread up to it); default 200. */
  readonly maxCommands?: number;
  /** The `replayPath` fast-check printed with a failing sequence, to replay it exactly (with seed and path). */
  readonly replayPath?: string;
}

/**
 * The model-based property of the claims service. Each run creates `createClaimsService` on the
 * factory's store and sends it generated commands, as plain JSON, for a few parcels, with a clock
 * that moves forward by minutes to days (and jumps weeks to a deadline). Every answer is held
 * against a deliberately simpler model (per parcel: claim status, insured/shipped/delivered, the
 * documents in, approved and paid amounts, the due dates), which never calls the core's decider
 * or rules:
 *
 * - the kind of answer (accepted, rejected, unchanged, already-applied for a repeated command id)
 *   and, when accepted, the exact event types written at the expected revision;
 * - calendar-day due dates of documents recomputed by the model; working-day due dates (decision,
 *   payout) read from the stored events and only bounded, since the model has no holiday table;
 * - after every command, `getParcel` against the model, and the stream's length.
 *
 * Returns the property, for `fc.assert` with your own parameters; {@link assertClaimsModel} runs it.
 *
 * @example
 * await fc.assert(claimsModelProperty(async () => ({ store: inMemoryEventStore() })), { numRuns: 50 });
 */
export const claimsModelProperty = (
  storeFactory: ClaimsModelStoreFactory,
  options: ClaimsModelPropertyOptions = {},
): ClaimsModelProperty => {
  const parcels = options.parcels ?? 3;
  const commands = fc.commands([commandArbitrary(parcels)], {
    maxCommands: options.maxCommands ?? 200,
    size: 'max',
    ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
  });
  return fc.asyncProperty(startArbitrary, commands, async (start, cmds) => {
    const { store, dispose } = await storeFactory();
    try {
      const model = initialModel(randomUUID(), start, parcels);
      // The service's clock is the run's: every command is sent once the run's clock reached its
      // time, so T1 (no command ahead of the clock) never refuses one; decisions read `now`.
      const service = createClaimsService({
        store,
        clock: () => new Date(model.clock).toISOString(),
        retry: { sleep: async () => undefined },
      });
      await fc.asyncModelRun(() => ({ model, real: { service, store } }), cmds);
    } finally {
      await dispose?.();
    }
  });
};

/** The run's shape, and the `fc.assert` parameters that matter for it. */
export interface AssertClaimsModelOptions extends ClaimsModelPropertyOptions {
  /** Runs; default 50. */
  readonly numRuns?: number;
  /** The seed a failure reported; with `path` and `replayPath`, replays it. */
  readonly seed?: number;
  /** The path a failure reported. */
  readonly path?: string;
  /**
   * fast-check's verbosity. Default 0: seed, path and the shrunk sequence, which with the failing
   * command's story is usually enough; 1 also lists every failing sequence met while shrinking.
   */
  readonly verbose?: fc.VerbosityLevel;
}

/**
 * Runs {@link claimsModelProperty} with `fc.assert`; resolves when the service agreed with the
 * model on every run. A failure reports the seed, the path and the shrunk command sequence with
 * its `replayPath` (pass all three back to replay it), and the failing command with the model's
 * expectation, the service's answer and the story of the parcel it was for.
 *
 * @example
 * it('agrees with the model', () => assertClaimsModel(async () => ({ store: inMemoryEventStore() })));
 * // One long-lived store for every run works too: ids never collide between runs.
 * const shared = inMemoryEventStore();
 * await assertClaimsModel(async () => ({ store: shared }), { numRuns: 20 });
 */
export const assertClaimsModel = (
  storeFactory: ClaimsModelStoreFactory,
  options: AssertClaimsModelOptions = {},
): Promise<void> =>
  fc.assert(claimsModelProperty(storeFactory, options), {
    numRuns: options.numRuns ?? 50,
    verbose: options.verbose ?? fc.VerbosityLevel.None,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.path === undefined ? {} : { path: options.path }),
  });
