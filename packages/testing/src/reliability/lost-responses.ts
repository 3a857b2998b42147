import { randomUUID } from 'node:crypto';
import {
  type ClaimEvent,
  type ClaimsDecider,
  decodeClaimCommand,
  defaultPolicy,
  fold,
  type ParcelState,
} from '@parcel-claims/core';
import { type EventStore, StoreUnavailable } from '@parcel-claims/eventsourcing';
import { type CommandResult, createClaimsService } from '@parcel-claims/service';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import type { StoreFactory } from '../contract/store-factory.js';
import { historyDecider } from '../history/arb-history.js';
import type { Intent } from '../history/intent.js';
import { type CommandInput, intentInput } from '../history/interpret.js';
import { arbPathIntents, historyPaths } from '../history/paths.js';
import { auditStreams, type ServiceCall } from './audit-streams.js';
import { stored, text } from './compare-text.js';
import { type AppendFault, faultyStore } from './faulty-store.js';
import { scenarioClock } from './scenario-clock.js';

/** What happens to one append of a run, and when its caller retries. */
export interface PlannedFault {
  readonly fault: AppendFault;
  /** After a lost response, the caller retries only once the next command has been sent. */
  readonly retryLater: boolean;
}

/** How many runs, and the fast-check parameters to replay a failure. */
export interface LostResponsesOptions {
  /** Generated runs; default 100. */
  readonly numRuns?: number;
  readonly seed?: number;
  readonly path?: string;
}

/** What the runs did, summed. */
export interface LostResponsesReport {
  readonly runs: number;
  readonly commands: number;
  readonly appends: number;
  readonly lostResponses: number;
  readonly failedBefore: number;
  /** Calls sent again with the same command id after `StoreUnavailable`. */
  readonly retries: number;
  /** Retries answered `already-applied`: the append had committed, and nothing was written twice. */
  readonly retriesAlreadyApplied: number;
  readonly events: number;
}

const storedAll = (events: readonly ClaimEvent[]): string => text(events.map(stored));

/** One parcel as a serial, fault-free run of the decider sees it. */
interface Reference {
  state: ParcelState;
  readonly written: Map<string, readonly ClaimEvent[]>;
}

/** The answer the service owes a command: what deciding it serially gives, or its earlier events. */
const expectedAnswer = (input: CommandInput, reference: Reference, decider: ClaimsDecider): string => {
  const earlier = reference.written.get(input.data.commandId);
  if (earlier !== undefined) return `already-applied ${storedAll(earlier)}`;
  const command = decodeClaimCommand(input);
  if (E.isLeft(command)) return `invalid ${command.left.message}`;
  const decided = decider.decide(command.right, reference.state);
  if (E.isLeft(decided)) return `rejected ${text(decided.left)}`;
  if (decided.right.length === 0) return 'unchanged';
  reference.written.set(input.data.commandId, decided.right);
  reference.state = fold(reference.state, decided.right);
  return `accepted ${storedAll(decided.right)}`;
};

const answerOf = (result: CommandResult): string => {
  switch (result.kind) {
    case 'accepted':
    case 'already-applied':
      return `${result.kind} ${storedAll(result.events)}`;
    case 'rejected':
      return `rejected ${text(result.rejection)}`;
    case 'invalid':
      return `invalid ${result.error.message}`;
    case 'unchanged':
      return 'unchanged';
    case 'command-id-reused':
      return `command-id-reused ${result.message}`;
  }
};

const arbFault: fc.Arbitrary<PlannedFault> = fc.record({
  fault: fc.constantFrom<AppendFault>('pass', 'pass', 'lose-response', 'lose-response', 'fail-before'),
  retryLater: fc.boolean(),
});

/**
 * Idempotency under lost responses. Each run sends one parcel's generated story (a history path
 * with random steps, repeats included) through the claims service, on the factory's store behind
 * a {@link faultyStore} whose appends follow a generated plan: pass, commit and then lose the
 * response, or fail before writing. A caller that gets `StoreUnavailable` sends the same command
 * (same id, same data) again, at once or after its next command, until it gets an answer.
 *
 * Every answer must be what a serial, fault-free decider gives: the same events or rejection,
 * with `already-applied` (and the original events) for a retry whose first append had committed;
 * the stream must hold each command's events once (see `auditStreams`). Fails with fast-check's
 * seed and path; resolves with the figures.
 *
 * @example
 * const report = await assertLostResponses(async () => ({ store: inMemoryEventStore() }), { numRuns: 50 });
 */
export const assertLostResponses = async (
  factory: StoreFactory,
  options: LostResponsesOptions = {},
): Promise<LostResponsesReport> => {
  const { store: inner, dispose } = await factory();
  const decider = historyDecider();
  let totals: LostResponsesReport = {
    runs: 0,
    commands: 0,
    appends: 0,
    lostResponses: 0,
    failedBefore: 0,
    retries: 0,
    retriesAlreadyApplied: 0,
    events: 0,
  };
  const arbRun = fc.record({
    intents: fc.constantFrom(...historyPaths).chain((path) => arbPathIntents(path, 12)),
    faults: fc.array(arbFault, { maxLength: 40 }),
  });
  try {
    await fc.assert(
      fc.asyncProperty(arbRun, async ({ intents, faults }) => {
        const run = await runOnce(inner, decider, intents, faults);
        totals = {
          runs: totals.runs + run.runs,
          commands: totals.commands + run.commands,
          appends: totals.appends + run.appends,
          lostResponses: totals.lostResponses + run.lostResponses,
          failedBefore: totals.failedBefore + run.failedBefore,
          retries: totals.retries + run.retries,
          retriesAlreadyApplied: totals.retriesAlreadyApplied + run.retriesAlreadyApplied,
          events: totals.events + run.events,
        };
      }),
      {
        numRuns: options.numRuns ?? 100,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.path === undefined ? {} : { path: options.path }),
      },
    );
  } finally {
    await dispose?.();
  }
  return totals;
};

const runOnce = async (
  inner: EventStore,
  decider: ClaimsDecider,
  intents: readonly Intent[],
  plan: readonly PlannedFault[],
): Promise<LostResponsesReport> => {
  const faulty = faultyStore(inner, ({ number }) => plan[number - 1]?.fault ?? 'pass');
  const time = scenarioClock(Date.UTC(2026, 0, 5, 2));
  const service = createClaimsService({ store: faulty.store, clock: time.clock });
  const setup = {
    decider,
    parcelId: `rel-${randomUUID().slice(0, 8)}`,
    policy: { id: defaultPolicy.id, version: defaultPolicy.version },
    start: Date.UTC(2026, 0, 5, 2),
  };
  const references = new Map<string, Reference>();
  const referenceOf = (parcelId: string): Reference => {
    const known = references.get(parcelId);
    if (known !== undefined) return known;
    const fresh = { state: decider.initialState, written: new Map<string, readonly ClaimEvent[]>() };
    references.set(parcelId, fresh);
    return fresh;
  };
  const sent: CommandInput[] = [];
  const calls: ServiceCall[] = [];
  const problems: string[] = [];
  let retries = 0;
  let retriesAlreadyApplied = 0;
  let deferred: { readonly input: CommandInput; readonly expected: string } | undefined;

  /** Sends until answered; a lost response may be retried only after the next command. */
  const deliver = async (input: CommandInput, expected: string, retry: boolean): Promise<void> => {
    const appendsBefore = faulty.counts().appends;
    time.reach(input.data.now);
    try {
      const result = await service.execute(input);
      calls.push({ input, kind: 'answered', result });
      if (retry && result.kind === 'already-applied') retriesAlreadyApplied += 1;
      // A retried command whose first append committed answers already-applied with its events.
      const answered = answerOf(result);
      const allowed =
        retry && expected.startsWith('accepted ') ? expected.replace('accepted', 'already-applied') : '';
      if (answered !== expected && answered !== allowed)
        problems.push(
          `command ${input.data.commandId} (${input.type}): expected ${expected}, answered ${answered}`,
        );
      const reference = referenceOf(input.data.parcelId);
      if ('state' in result && text(result.state) !== text(reference.state))
        problems.push(
          `command ${input.data.commandId} (${input.type}): answered a state other than the serial one`,
        );
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      calls.push({ input, kind: 'threw', error });
      retries += 1;
      const planned = plan[appendsBefore];
      if (planned?.fault === 'lose-response' && planned.retryLater && deferred === undefined) {
        deferred = { input, expected };
        return;
      }
      await deliver(input, expected, true);
    }
  };

  for (const [index, intent] of intents.entries()) {
    const input =
      intent.kind === 'Repeat'
        ? sent[intent.choice % Math.max(1, sent.length)]
        : intentInput(
            { ...intent, kind: intent.kind },
            referenceOf(setup.parcelId).state,
            setup,
            index + 1,
            randomUUID(),
          );
    if (input === undefined) continue;
    if (intent.kind !== 'Repeat') sent.push(input);
    const expected = expectedAnswer(input, referenceOf(input.data.parcelId), decider);
    const waiting = deferred;
    await deliver(input, expected, false);
    if (waiting !== undefined && deferred === waiting) {
      deferred = undefined;
      await deliver(waiting.input, waiting.expected, true);
    }
  }
  if (deferred !== undefined) {
    const last = deferred;
    deferred = undefined;
    await deliver(last.input, last.expected, true);
  }
  const audit = await auditStreams(inner, calls, decider, { lostAnswers: faulty.lostResponseCommandIds() });
  const all = [...problems, ...audit.problems];
  if (all.length > 0) throw new Error(`Lost responses broke idempotency:\n${all.join('\n')}`);
  const counts = faulty.counts();
  return {
    runs: 1,
    commands: calls.filter((call) => call.kind === 'answered').length,
    appends: counts.appends,
    lostResponses: counts.lostResponses,
    failedBefore: counts.failedBefore,
    retries,
    retriesAlreadyApplied,
    events: audit.events,
  };
};
