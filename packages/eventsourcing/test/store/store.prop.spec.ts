import fc from 'fast-check';
import { isNonEmpty } from 'fp-ts/lib/ReadonlyArray.js';
import { describe, expect, it } from 'vitest';
import {
  type EventToAppend,
  type ExpectedVersion,
  inMemoryEventStore,
  verifyStream,
} from '../../src/index.js';
import { collectBatches } from '../support/collect.js';
import { noted } from '../support/events.js';

type Step = { readonly streamId: 'a' | 'b' | 'c'; readonly size: number; readonly repeatLast: boolean };

const step: fc.Arbitrary<Step> = fc.record({
  streamId: fc.constantFrom('a' as const, 'b' as const, 'c' as const),
  size: fc.integer({ min: 1, max: 3 }),
  repeatLast: fc.boolean(),
});

describe('in-memory store (properties)', () => {
  it('appends and idempotent repeats keep dense positions, 0-based revisions and valid chains', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const store = inMemoryEventStore();
        // The model: how many events each stream has, and its last batch with the version it expected.
        const counts = new Map<string, number>();
        const lastBatch = new Map<string, { events: readonly EventToAppend[]; expected: ExpectedVersion }>();
        let nextId = 1;
        for (const { streamId, size, repeatLast } of steps) {
          const previous = lastBatch.get(streamId);
          if (repeatLast && previous !== undefined && isNonEmpty(previous.events)) {
            const result = await store.append(streamId, previous.events, {
              expectedVersion: previous.expected,
            });
            expect(result.alreadyApplied).toBe(true);
            continue;
          }
          const count = counts.get(streamId) ?? 0;
          const expected: ExpectedVersion = count === 0 ? 'no_stream' : BigInt(count - 1);
          const events = Array.from({ length: size }, () => noted(nextId++));
          if (!isNonEmpty(events)) continue;
          const result = await store.append(streamId, events, { expectedVersion: expected });
          expect(result).toEqual({
            nextExpectedRevision: BigInt(count + size - 1),
            position: BigInt(nextId - 1),
            alreadyApplied: false,
          });
          counts.set(streamId, count + size);
          lastBatch.set(streamId, { events, expected });
        }
        const all = (await collectBatches(store.readAll({ batchSize: 7 }))).flat();
        expect(all.map((event) => event.position)).toEqual(all.map((_, index) => BigInt(index + 1)));
        for (const [streamId, count] of counts) {
          const stream = await store.readStream(streamId);
          expect(stream.map((event) => event.revision)).toEqual(stream.map((_, index) => BigInt(index)));
          expect(stream).toHaveLength(count);
          expect(verifyStream(stream)).toEqual({ ok: true });
        }
      }),
    );
  });
});
