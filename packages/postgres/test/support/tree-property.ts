import { randomBytes, randomUUID } from 'node:crypto';
import type { EventToAppend } from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import { expect } from 'vitest';
import { postgresEventStore, type SqlExecutor, schemaNames } from '../../src/index.js';
import { sampleEvent } from './sample-event.js';
import { treeComputedFrom, treeStoredIn, wholeLog } from './tree-of-log.js';

/** What one generated step does to the log. */
type StepKind = 'append' | 'conflict' | 'invalid' | 'rolled-back' | 'old-writer';

interface Step {
  readonly kind: StepKind;
  readonly stream: number;
  readonly events: number;
}

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom<StepKind>(
    'append',
    'append',
    'append',
    'conflict',
    'invalid',
    'rolled-back',
    'old-writer',
  ),
  stream: fc.integer({ min: 0, max: 2 }),
  events: fc.integer({ min: 1, max: 5 }),
});

class RolledBack extends Error {
  override readonly name = 'RolledBack';
}

/**
 * `append_events` called as a writer of an older version of the library calls it: a new stream
 * of `count` events whose hashes are random 32 bytes in hex, the first one upper-case and, when
 * `count` > 2, the last one not hex at all (a damaged event still gets a leaf).
 */
const appendAsOldWriter = async (executor: SqlExecutor, schema: string, count: number): Promise<void> => {
  const events = Array.from({ length: count }, (_, revision) => {
    const hash = randomBytes(32).toString('hex');
    return {
      revision,
      eventId: randomUUID(),
      type: 'ParcelNoted',
      data: JSON.stringify({ revision }),
      commandId: 'old-writer',
      correlationId: 'old-writer',
      causationId: 'old-writer',
      recordedAt: '2026-03-02T09:00:00.000Z',
      schemaVersion: 1,
      actorRole: null,
      actorId: null,
      previousHash: null,
      hash: revision === 0 ? hash.toUpperCase() : revision === 2 && count > 2 ? `damaged-${hash}` : hash,
    };
  });
  await executor.query(
    `SELECT * FROM ${schemaNames(schema).qualified('append_events')}($1, $2, NULL, NULL, $3)`,
    [
      `old-writer-${randomUUID()}`,
      JSON.stringify(events.map((event) => event.eventId)),
      JSON.stringify(events),
    ],
  );
};

/**
 * The property: after any bursts of concurrent appends (random batch sizes, three streams, some
 * refused, some rolled back after taking positions, some through `append_events` as an older
 * writer calls it), the stored tree head, every stored node and every leaf index equal the tree
 * `appendLeaves` computes from `readAll`.
 */
export const treeFollowsTheLog = async (
  executor: () => SqlExecutor,
  schema: string,
  numRuns: number,
): Promise<void> => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(stepArbitrary, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
      async (bursts) => {
        const run = randomUUID();
        const store = postgresEventStore({ executor: executor(), schema });
        const streamId = (n: number) => `tree-prop-${run}-${n}`;
        let made = 0;
        const eventsOf = (count: number): [EventToAppend, ...EventToAppend[]] => {
          made += 1;
          const first = sampleEvent(made, { made, run });
          return [first, ...Array.from({ length: count - 1 }, (_, n) => sampleEvent(made, { made, n, run }))];
        };
        const perform = async ({ kind, stream, events }: Step): Promise<unknown> => {
          const batch = eventsOf(events);
          if (kind === 'append') return store.append(streamId(stream), batch, { expectedVersion: 'any' });
          if (kind === 'conflict') return store.append(streamId(stream), batch, { expectedVersion: 1_000n });
          if (kind === 'invalid') {
            const [first, ...rest] = batch;
            return store.append(streamId(stream), [{ ...first, data: { n: Number.NaN } }, ...rest], {
              expectedVersion: 'any',
            });
          }
          if (kind === 'old-writer') return appendAsOldWriter(executor(), schema, events);
          return executor().transaction(async (tx) => {
            await postgresEventStore({ executor: tx, schema }).append(streamId(stream), batch, {
              expectedVersion: 'any',
            });
            throw new RolledBack('rolled back after the append took its positions');
          });
        };
        for (const burst of bursts) {
          const settled = await Promise.allSettled(burst.map(perform));
          expect(settled.map((outcome) => outcome.status)).toEqual(
            burst.map(({ kind }) => (kind === 'append' || kind === 'old-writer' ? 'fulfilled' : 'rejected')),
          );
        }
        const log = await wholeLog(store);
        expect(await treeStoredIn(store, executor(), schema)).toEqual(treeComputedFrom(log));
      },
    ),
    { numRuns },
  );
};
