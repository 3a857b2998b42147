import { randomUUID } from 'node:crypto';
import { defaultPolicy, type ParcelState } from '@parcel-claims/core';
import { RetriesExhausted, type RetryPolicy, StoreUnavailable } from '@parcel-claims/eventsourcing';
import { type CommandResult, createClaimsService } from '@parcel-claims/service';
import fc from 'fast-check';
import type { StoreFactory } from '../contract/store-factory.js';
import { historyDecider } from '../history/arb-history.js';
import type { Intent } from '../history/intent.js';
import { type CommandInput, type InterpretSetup, intentInput } from '../history/interpret.js';
import { arbPathIntents, historyPaths } from '../history/paths.js';
import { type AnswerCounts, countAnswers } from './answer-counts.js';
import { auditStreams, type ServiceCall } from './audit-streams.js';
import { type AppendCall, type AppendFault, faultyStore } from './faulty-store.js';
import { scenarioClock } from './scenario-clock.js';

/** The size of a concurrent run. */
export interface ConcurrentClaimsOptions {
  /** Writers running at once; default 8. */
  readonly writers?: number;
  /** Commands each writer sends, one after the other; default 1,000. */
  readonly commandsPerWriter?: number;
  /**
   * Parcels in flight at once, which the writers share; default 20. A parcel whose story has been
   * sent in full makes room for a new one.
   */
  readonly parcels?: number;
  /** Seed of the workload (which parcel each command is for, and what it tries); default 1. */
  readonly seed?: number;
  /** The service's retry policy on version conflicts; default the service's own. */
  readonly retry?: RetryPolicy;
  /**
   * Faults injected into the appends (see `faultyStore`); default none. A writer whose call fails
   * with `StoreUnavailable` sends the same command again until it is answered.
   */
  readonly faults?: (call: AppendCall) => AppendFault;
  /** The service's stream cache (`cachedStreams`); default the service's own (on). */
  readonly cachedStreams?: number;
  /**
   * Callers that send each command at once; default 1. With 2 or more, every command a writer
   * builds is also sent, with the same id and data, by callers of its own that the writer does
   * not wait for, as when a client's retry races its first attempt or two clients act on the same
   * event: exactly one of them must be told `accepted`.
   */
  readonly callersPerCommand?: number;
  /**
   * Steps a writer sends of the parcel it picked, one after the other; default 1. It reads the
   * parcel before the first and builds each later one on the state its previous answer gave,
   * without reading, as a client that keeps what it was told does. The writer's commands still
   * number `commandsPerWriter`.
   */
  readonly stepsPerVisit?: number;
}

/** What a concurrent run did and what its audit found. */
export interface ConcurrentClaimsReport {
  readonly writers: number;
  readonly commands: number;
  /** Parcels whose story was started. */
  readonly parcels: number;
  readonly answers: AnswerCounts;
  /** Appends the store refused with `VersionConflict`: each one made the service reload and decide again. */
  readonly conflicts: number;
  /** Appends that committed and then lost their response, and appends that failed before writing. */
  readonly lostResponses: number;
  readonly failedBefore: number;
  readonly streams: number;
  readonly events: number;
  readonly storedCommands: number;
  /** Every invariant the audit found broken; empty when all hold. */
  readonly problems: readonly string[];
}

/** A parcel in flight: its story, how much of it was dealt out, and the commands sent for it. */
interface Slot {
  readonly setup: InterpretSetup;
  readonly story: readonly Intent[];
  told: number;
  readonly sent: CommandInput[];
}

/** Random steps mixed into each parcel's story (repeats, wrong roles, amounts above the cap…). */
const noise = 12;

const sampleOne = <T>(arbitrary: fc.Arbitrary<T>, seed: number): T => {
  const [value] = fc.sample(arbitrary, { seed, numRuns: 1 });
  if (value === undefined) throw new Error('fast-check sampled nothing');
  return value;
};

/**
 * Runs `writers` concurrent writers through one claims service on the factory's store, each
 * sending `commandsPerWriter` claim commands, one after the other, each for one of `parcels`
 * parcels in flight. Each parcel follows a generated story (one of the history paths: booking,
 * insurance, shipment, inquiry, documents, decision, payout…, with random steps mixed in:
 * repeats of earlier commands, wrong roles, amounts above the cap), whose next step goes to
 * whichever writer picks the parcel next; a parcel whose story is told makes room for a new
 * one. A writer reads the parcel's state, builds its command from it, and sends it: by the time
 * it is decided, other writers may have moved the parcel on, so the service meets version
 * conflicts, reloads and decides again. With `callersPerCommand` each command is sent by several
 * callers at once, and with `stepsPerVisit` a writer goes on with the parcel from the state it
 * was answered, without reading.
 *
 * Then every stream is audited against the answers (see `auditStreams`): no event stored twice,
 * no accepted command missing (a lost update), the stored events exactly what a serial replay of
 * the stored commands decides, every answer consistent with a state the stream had, and the
 * invariant catalogue holds. Returns the figures and the problems found; the caller asserts.
 *
 * @example
 * const report = await runConcurrentClaims(async () => ({ store: inMemoryEventStore() }));
 * expect(report.problems).toEqual([]);
 */
export const runConcurrentClaims = async (
  factory: StoreFactory,
  options: ConcurrentClaimsOptions = {},
): Promise<ConcurrentClaimsReport> => {
  const writers = options.writers ?? 8;
  const commandsPerWriter = options.commandsPerWriter ?? 1_000;
  const parcels = options.parcels ?? 20;
  const seed = options.seed ?? 1;
  const { store: inner, dispose } = await factory();
  try {
    const faults = faultyStore(inner, options.faults ?? (() => 'pass'));
    const time = scenarioClock(Date.UTC(2026, 0, 5, 2));
    const service = createClaimsService({
      store: faults.store,
      clock: time.clock,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.cachedStreams === undefined ? {} : { cachedStreams: options.cachedStreams }),
    });
    const callersPerCommand = options.callersPerCommand ?? 1;
    const stepsPerVisit = Math.max(1, options.stepsPerVisit ?? 1);
    const decider = historyDecider();
    const run = randomUUID().slice(0, 8);
    let parcelsStarted = 0;
    /** A new parcel with its generated story, told from the first step. */
    const newParcel = (): Slot => {
      parcelsStarted += 1;
      return {
        setup: {
          decider,
          parcelId: `rel-${run}-${parcelsStarted}`,
          policy: { id: defaultPolicy.id, version: defaultPolicy.version },
          start: Date.UTC(2026, 0, 5, 2),
        },
        story: sampleOne(
          arbPathIntents(historyPaths[parcelsStarted % historyPaths.length] ?? 'any', noise),
          seed * 1_000_003 + parcelsStarted,
        ),
        told: 0,
        sent: [],
      };
    };
    const slots = Array.from({ length: parcels }, newParcel);
    const calls: ServiceCall[] = [];
    let index = 0;

    /** The slot's parcel and its next step; a parcel whose story is told makes room for a new one. */
    const nextStep = (slot: number): { readonly parcel: Slot; readonly intent: Intent } | undefined => {
      let parcel = slots[slot];
      if (parcel === undefined) return undefined;
      if (parcel.told >= parcel.story.length) {
        parcel = newParcel();
        slots[slot] = parcel;
      }
      const intent = parcel.story[parcel.told];
      parcel.told += 1;
      if (intent === undefined) return undefined;
      // A repeat before anything was sent has nothing to repeat: the story goes on.
      if (intent.kind === 'Repeat' && parcel.sent.length === 0) return nextStep(slot);
      return { parcel, intent };
    };

    /** Sends one command until it is answered (a `StoreUnavailable` is retried); undefined when it threw. */
    const call = async (input: CommandInput): Promise<CommandResult | undefined> => {
      for (;;) {
        try {
          const result = await service.execute(input);
          calls.push({ input, kind: 'answered', result });
          return result;
        } catch (error) {
          calls.push({ input, kind: 'threw', error });
          if (!(error instanceof StoreUnavailable)) return undefined;
        }
      }
    };

    const writer = async (number: number): Promise<void> => {
      const picks = sampleOne(
        fc.array(fc.nat(parcels - 1), { minLength: commandsPerWriter, maxLength: commandsPerWriter }),
        seed * 7_919 + number,
      );
      // The other callers of the writer's commands, which it does not wait for.
      const others: Promise<unknown>[] = [];
      let sent = 0;
      for (const slot of picks) {
        // The state the writer's last answer on this parcel gave, if it goes on with the parcel.
        let answered: ParcelState | undefined;
        for (let step = 0; step < stepsPerVisit && sent < commandsPerWriter; step += 1) {
          sent += 1;
          const next = nextStep(slot);
          if (next === undefined) continue;
          const { parcel, intent } = next;
          let input: CommandInput | undefined;
          if (intent.kind === 'Repeat') {
            input = parcel.sent[intent.choice % Math.max(1, parcel.sent.length)];
          } else {
            const state =
              answered ?? (await service.getParcel(parcel.setup.parcelId)) ?? decider.initialState;
            index += 1;
            input = intentInput({ ...intent, kind: intent.kind }, state, parcel.setup, index, randomUUID());
            parcel.sent.push(input);
          }
          if (input === undefined) continue;
          time.reach(input.data.now);
          for (let other = 1; other < callersPerCommand; other += 1) others.push(call(input));
          const result = await call(input);
          answered = result !== undefined && 'state' in result ? result.state : undefined;
        }
        if (sent >= commandsPerWriter) break;
      }
      await Promise.all(others);
    };

    await Promise.all(Array.from({ length: writers }, (_, number) => writer(number)));
    const audit = await auditStreams(inner, calls, decider, {
      lostAnswers: faults.lostResponseCommandIds(),
    });
    const unexpected = calls.flatMap((call) =>
      call.kind === 'threw' &&
      !(call.error instanceof RetriesExhausted) &&
      !(call.error instanceof StoreUnavailable)
        ? [`command ${call.input.data.commandId} threw ${String(call.error)}`]
        : [],
    );
    return {
      writers,
      commands: calls.filter((call) => !(call.kind === 'threw' && call.error instanceof StoreUnavailable))
        .length,
      parcels: parcelsStarted,
      answers: countAnswers(calls),
      conflicts: faults.counts().conflicts,
      lostResponses: faults.counts().lostResponses,
      failedBefore: faults.counts().failedBefore,
      streams: audit.streams,
      events: audit.events,
      storedCommands: audit.storedCommands,
      problems: [...unexpected, ...audit.problems],
    };
  } finally {
    await dispose?.();
  }
};
