import { inMemoryEventStore, memoryProjectionSink } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import {
  assertProjectionFaults,
  crashingCheckpoints,
  type ProjectionTargets,
} from '../../src/reliability/index.js';

/** A read model that counts events: applying a batch twice counts it twice. */
const counting =
  (atomic: boolean): ProjectionTargets =>
  async (hooks) => {
    const sink = memoryProjectionSink(
      { initial: 0, apply: (count: number) => count + 1 },
      {
        checkpoints: crashingCheckpoints(hooks),
      },
    );
    const rebuilt = memoryProjectionSink({ initial: 0, apply: (count: number) => count + 1 });
    return [
      {
        name: 'event-count',
        atomic,
        sink,
        contents: async () => sink.readModel(),
        rebuilt: { sink: rebuilt, contents: async () => rebuilt.readModel() },
      },
    ];
  };

const failureOf = (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('the projection fault check itself', () => {
  it('finds a read model that counts a batch twice after a crash before its checkpoint', async () => {
    const failure = await failureOf(
      assertProjectionFaults(async () => ({ store: inMemoryEventStore() }), counting(false), {
        numRuns: 30,
        endOnFailure: true,
      }),
    );
    expect(failure).toMatchObject({
      message: expect.stringMatching(/^Property failed after \d+ tests\n\{ seed: -?\d+, path: /),
      cause: {
        message: expect.stringMatching(
          /^event-count against a full rebuild: expected \d+ to deeply equal \+?\d+/,
        ),
      },
    });
  }, 60_000);

  it('finds a sink said to be atomic whose read model runs ahead of its checkpoint after a crash', async () => {
    const failure = await failureOf(
      assertProjectionFaults(async () => ({ store: inMemoryEventStore() }), counting(true), {
        numRuns: 30,
        endOnFailure: true,
      }),
    );
    expect(failure).toMatchObject({
      cause: {
        message: expect.stringMatching(
          /^event-count after a crash, at checkpoint \d+: expected \d+ to deeply equal \+?\d+/,
        ),
      },
    });
  }, 60_000);
});
