import {
  addCalendarDays,
  addWorkingDays,
  type BusinessCalendar,
  builtInCalendars,
  type CalendarRegistry,
  type ClaimCommandType,
  ClaimEvent,
  calendarId,
  commandTimeRange,
  Deadline,
  decodeClaimCommand,
  defaultPolicy,
  fold,
  instantFromMillis,
  instantMillis,
  maxDayCount,
  type Policy,
  validatePolicy,
  weekendsOnlyCalendar,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  arbAnyIntent,
  arbHistory,
  type GeneratedHistory,
  historyPaths,
  type Intent,
  intentInput,
} from '../../../src/index.js';

const earliest = instantMillis(commandTimeRange.earliest);
const latest = instantMillis(commandTimeRange.latest);
const DAY = 86_400_000;
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

/** Every period as long as a policy may make it, but the waiting periods, so that claims still open. */
const longestWindow = { days: maxDayCount, from: 'delivery' };
const longestNotice = { default: { loss: longestWindow, damage: longestWindow }, carriers: [] };

const longestPolicy = ((): Policy => {
  const waiting = [
    'inquiryWaitingPeriod',
    'noMovementPeriod',
    'internationalInquiryWaitingPeriod',
    'internationalNoMovementPeriod',
    'theftWaitingPeriod',
  ];
  const parameters = Object.fromEntries(
    Object.entries(defaultPolicy.parameters).map(([name, parameter]) => [
      name,
      parameter.unit === 'carrier-contracts'
        ? { ...parameter, value: longestNotice }
        : parameter.unit !== 'calendar-days' && parameter.unit !== 'working-days'
          ? parameter
          : waiting.includes(name)
            ? parameter
            : { ...parameter, value: maxDayCount },
    ]),
  );
  const checked = validatePolicy({ id: 'parcel-longest', version: 1, parameters });
  if (E.isLeft(checked)) throw new Error(checked.left.message);
  return checked.right;
})();

/** Every payer calendar id answered with a weekends-only calendar in one zone. */
const everyIdIn = (zone: string): CalendarRegistry => {
  const calendar = weekendsOnlyCalendar(zone);
  if (E.isLeft(calendar)) throw new Error(calendar.left.message);
  return { resolve: () => calendar };
};

// The zones furthest ahead of and behind UTC, and the China calendar with its holiday data.
const calendarChoices: readonly CalendarRegistry[] = [
  builtInCalendars,
  everyIdIn('Pacific/Kiritimati'),
  everyIdIn('Etc/GMT+12'),
];

/**
 * Histories that begin at the earliest instant a command may carry, or run up to the latest. The
 * first begins a minute late: a generated step may be dated a minute before the last event, to
 * provoke R2.
 */
const edges = [
  { start: earliest + 60_000, end: earliest + 400 * DAY },
  { start: latest - 150 * DAY, end: latest },
] as const;

const arbEdgeHistory: fc.Arbitrary<GeneratedHistory & { readonly policy: Policy; readonly start: number }> =
  fc.oneof(
    ...edges.flatMap((edge) =>
      [defaultPolicy, longestPolicy].flatMap((policy) =>
        calendarChoices.flatMap((calendars) =>
          historyPaths.map((path) =>
            arbHistory({ path, policy, calendars, ...edge }).map((history) => ({
              ...history,
              policy,
              start: edge.start,
            })),
          ),
        ),
      ),
    ),
  );

/** Where the last command falls between the stream's last event and the latest instant. */
const arbWhen = fc.oneof(fc.constant(1), fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }));

const commandKind = (intent: Intent): Intent & { readonly kind: ClaimCommandType } =>
  intent.kind === 'Repeat' ? { ...intent, kind: 'CheckDeadlines' } : { ...intent, kind: intent.kind };

const resolved = (registry: CalendarRegistry, id: string): BusinessCalendar => {
  const calendar = registry.resolve(calendarId(id));
  if (E.isLeft(calendar)) throw new Error(calendar.left.message);
  return calendar.right;
};

describe('decide at the edges of the instants a command may carry', () => {
  it('computes every deadline from the first and the last day of the range, in the zones furthest from UTC', () => {
    const calendars = calendarChoices.map((registry) => resolved(registry, 'cn-mainland'));
    const arbInstantNearEdge = fc
      .oneof(
        fc.integer({ min: earliest, max: earliest + DAY }),
        fc.integer({ min: latest - DAY, max: latest }),
        fc.constantFrom(earliest, latest),
      )
      .map(instantFromMillis);
    const arbDays = fc.oneof(fc.constant(maxDayCount), fc.integer({ min: 1, max: maxDayCount }));
    fc.assert(
      fc.property(
        fc.constantFrom(...calendars),
        arbInstantNearEdge,
        arbDays,
        arbDays,
        (calendar, now, n, m) => {
          // The longest a due date gets: a resubmission's due date, extended once more.
          const due = addCalendarDays(calendar, addCalendarDays(calendar, now, n).dueAt, m);
          const working = addWorkingDays(calendar, now, n);
          for (const deadline of [due, working]) expect(Deadline.is(deadline)).toBe(true);
        },
      ),
      { numRuns: soak ? 1_000 : 60 },
    );
  });

  it('never throws, and writes only events that decode, for any command after a reachable history', () => {
    fc.assert(
      fc.property(arbEdgeHistory, arbAnyIntent, arbWhen, fc.boolean(), (history, intent, when, longest) => {
        const from =
          history.state.lastEventAt === null ? history.start : instantMillis(history.state.lastEventAt);
        const setup = {
          decider: history.decider,
          parcelId: 'parcel-1',
          policy: { id: history.policy.id, version: history.policy.version },
          start: history.start,
        };
        const input = intentInput(commandKind(intent), history.state, setup, 1_000);
        const now = instantFromMillis(Math.round(from + (latest - from) * when));
        const data = {
          ...input.data,
          now,
          ...(input.type === 'ExtendDocumentDeadline' && longest ? { extendByDays: maxDayCount } : {}),
        };
        const command = decodeClaimCommand({ type: input.type, data });
        if (E.isLeft(command)) throw new Error(command.left.message);
        const decision = history.decider.decide(command.right, history.state);
        if (E.isLeft(decision)) return;
        for (const event of decision.right)
          expect(ClaimEvent.is(JSON.parse(JSON.stringify(event)))).toBe(true);
        fold(history.state, decision.right);
      }),
      { numRuns: soak ? 2_000 : 150 },
    );
  });
});
