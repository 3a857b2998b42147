import { randomUUID } from 'node:crypto';
import {
  type EventStore,
  type EventToAppend,
  type ExpectedVersion,
  inMemoryEventStore,
} from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, comparableAnswer, expectSameStreams, settle } from './comparable-answer.js';
import { sampleEvent } from './sample-event.js';

interface AppendCommand {
  readonly stream: number;
  readonly ids: readonly [number, ...number[]];
  readonly expected: ExpectedVersion;
  readonly invalidAt: number | undefined;
}

const freshCommand: fc.Arbitrary<AppendCommand> = fc.record({
  stream: fc.integer({ min: 0, max: 2 }),
  ids: fc
    .tuple(fc.integer({ min: 0, max: 7 }), fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }))
    .map(([first, rest]): readonly [number, ...number[]] => [first, ...rest]),
  expected: fc.oneof(
    fc.constantFrom<ExpectedVersion>('no_stream', 'any', 'stream_exists'),
    fc.integer({ min: 0, max: 4 }).map(BigInt),
  ),
  invalidAt: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined, freq: 8 }),
});

/** A new append, or (as a retried command would) an earlier one again, chosen by index. */
const commandArbitrary: fc.Arbitrary<AppendCommand | { readonly repeat: number }> = fc.oneof(
  { weight: 3, arbitrary: freshCommand },
  { weight: 2, arbitrary: fc.record({ repeat: fc.nat() }) },
);

/** An append's answer, comparable across stores. */
const answer = async (
  store: EventStore,
  streamId: string,
  events: readonly [EventToAppend, ...EventToAppend[]],
  expected: ExpectedVersion,
): Promise<Answer> =>
  comparableAnswer(
    store,
    streamId,
    await settle(store.append(streamId, events, { expectedVersion: expected })),
  );

/**
 * The property that a store answers every append exactly as the in-memory store does: same
 * results, same typed errors with the same fields, same streams. Appends draw their event ids
 * from a small pool and often repeat an earlier append, so idempotent repeats, partial overlaps,
 * ids from other streams and ids repeated within a batch all come up, and now and then an event
 * that is not valid JSON. Registered as `describe(name, …)`.
 */
export const sameAnswersAsInMemory = (name: string, store: () => EventStore): void => {
  describe(name, () => {
    it('answers every sequence of appends as the in-memory store does and ends with the same streams', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(commandArbitrary, { minLength: 1, maxLength: 16 }), async (commands) => {
          const run = randomUUID();
          const ids = Array.from({ length: 8 }, () => randomUUID());
          const eventOf = (id: number, invalid: boolean): EventToAppend => {
            const event = sampleEvent(id, { id, run });
            return {
              ...event,
              eventId: ids[id] ?? event.eventId,
              ...(invalid ? { data: { id: Number.NaN } } : {}),
            };
          };
          const memory = inMemoryEventStore();
          const candidate = store();
          const streamId = (n: number) => `same-${run}-${n}`;
          const issued: AppendCommand[] = [];
          for (const generated of commands) {
            const command =
              'repeat' in generated ? issued[generated.repeat % Math.max(1, issued.length)] : generated;
            if (command === undefined) continue;
            issued.push(command);
            const [first, ...rest] = command.ids.map((id, index) => eventOf(id, index === command.invalidAt));
            if (first === undefined) continue;
            const events: readonly [EventToAppend, ...EventToAppend[]] = [first, ...rest];
            const [expected, actual] = [
              await answer(memory, streamId(command.stream), events, command.expected),
              await answer(candidate, streamId(command.stream), events, command.expected),
            ];
            expect(actual).toStrictEqual(expected);
          }
          await expectSameStreams(memory, candidate, [0, 1, 2].map(streamId));
        }),
        { numRuns: 50 },
      );
    }, 120_000);
  });
};
