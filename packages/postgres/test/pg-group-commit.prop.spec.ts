import { randomUUID } from 'node:crypto';
import { type EventToAppend, type ExpectedVersion, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postgresEventStore } from '../src/index.js';
import { comparableAnswer, expectSameStreams, type Settled, settle } from './support/comparable-answer.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { sampleEvent } from './support/sample-event.js';

// Appends started together on one store go in groups (one transaction each); this property holds
// them to the answers of the same appends run one after another, in the order they were started,
// on the in-memory store. The grouping store knows every stream's head beforehand (it read them),
// as a command handler's store does, so each append is planned on the head it will find.
const fixture = pgStoreFixture('group_prop');

interface Fresh {
  readonly stream: number;
  readonly events: number;
  readonly expected: ExpectedVersion;
  readonly invalid: boolean;
}

/** A new append, or an earlier one again (as a retried command would), chosen by index. */
type Generated = Fresh | { readonly repeat: number };

const freshArbitrary: fc.Arbitrary<Fresh> = fc.record({
  stream: fc.integer({ min: 0, max: 2 }),
  events: fc.integer({ min: 1, max: 2 }),
  expected: fc.oneof(
    fc.constantFrom<ExpectedVersion>('no_stream', 'any', 'stream_exists'),
    fc.integer({ min: 0, max: 5 }).map(BigInt),
  ),
  invalid: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

const generatedArbitrary: fc.Arbitrary<Generated> = fc.oneof(
  { weight: 3, arbitrary: freshArbitrary },
  { weight: 1, arbitrary: fc.record({ repeat: fc.nat() }) },
);

interface Issued {
  readonly streamId: string;
  readonly events: readonly [EventToAppend, ...EventToAppend[]];
  readonly expected: ExpectedVersion;
}

describe('group commit against appends one after another', () => {
  it('answers every burst of concurrent appends as the same appends run in order, and ends with the same streams', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.array(fc.array(generatedArbitrary, { minLength: 1, maxLength: 12 }), {
          minLength: 1,
          maxLength: 3,
        }),
        async (created, bursts) => {
          const run = randomUUID();
          const streamId = (n: number) => `group-prop-${run}-${n}`;
          const grouped = postgresEventStore({ executor: fixture.executor(), schema: fixture.schema });
          const serial = inMemoryEventStore();
          for (const [n, create] of created.entries()) {
            if (!create) continue;
            const first = sampleEvent(n);
            await grouped.append(streamId(n), [first], { expectedVersion: 'no_stream' });
            await serial.append(streamId(n), [first], { expectedVersion: 'no_stream' });
          }
          for (const n of [0, 1, 2]) await grouped.readStream(streamId(n));

          const issued: Issued[] = [];
          let made = 0;
          for (const burst of bursts) {
            const appends = burst.flatMap((generated): Issued[] => {
              if ('repeat' in generated) {
                const again = issued[generated.repeat % Math.max(1, issued.length)];
                return again === undefined ? [] : [again];
              }
              const events = Array.from({ length: generated.events }, (_, index): EventToAppend => {
                made += 1;
                const event = sampleEvent(made, { made, run });
                return generated.invalid && index === 0 ? { ...event, data: { made: Number.NaN } } : event;
              });
              const [first, ...rest] = events;
              if (first === undefined) return [];
              return [
                {
                  streamId: streamId(generated.stream),
                  events: [first, ...rest],
                  expected: generated.expected,
                },
              ];
            });
            issued.push(...appends);
            const together = await Promise.all(
              appends.map(({ streamId: id, events, expected }) =>
                settle(grouped.append(id, events, { expectedVersion: expected })),
              ),
            );
            const oneAfterAnother: Settled[] = [];
            for (const { streamId: id, events, expected } of appends) {
              oneAfterAnother.push(await settle(serial.append(id, events, { expectedVersion: expected })));
            }
            const actual = await Promise.all(
              appends.map((append, i) =>
                comparableAnswer(grouped, append.streamId, together[i] ?? { error: 'missing' }),
              ),
            );
            const expected = await Promise.all(
              appends.map((append, i) =>
                comparableAnswer(serial, append.streamId, oneAfterAnother[i] ?? { error: 'missing' }),
              ),
            );
            expect(actual).toStrictEqual(expected);
          }
          await expectSameStreams(serial, grouped, [0, 1, 2].map(streamId));
        },
      ),
      { numRuns: 60 },
    );
  }, 180_000);
});
