import { describe, expect, it } from 'vitest';
import {
  type CheckpointStore,
  inMemoryEventStore,
  memoryCheckpointStore,
  memoryProjectionSink,
  type ProjectionDefinition,
  ProjectionFailed,
  projectionRunner,
} from '../../src/index.js';
import { appendEach, idempotentVisits, visits } from './projection-fixtures.js';

const crash = new Error('process killed');

/**
 * A checkpoint store that dies on its second save: the read model of that batch is written, its
 * checkpoint is not. `revive` brings it back, as a restart would, with the last saved checkpoint.
 */
const dyingCheckpoints = (): CheckpointStore & { readonly revive: () => void } => {
  const inner = memoryCheckpointStore();
  let saves = 0;
  let dead = false;
  return {
    load: inner.load,
    save: async (position) => {
      saves += 1;
      if (saves === 2) dead = true;
      if (dead) throw crash;
      await inner.save(position);
    },
    revive: () => {
      dead = false;
    },
  };
};

/** Five events; batches of two; the crash hits the second batch (positions 3 and 4). */
const crashAndRestart = async <ReadModel>(definition: ProjectionDefinition<ReadModel>) => {
  const store = inMemoryEventStore();
  await appendEach(store, ['a-1', 'a-2', 'a-1', 'a-3', 'a-2']);
  const checkpoints = dyingCheckpoints();
  // The read model outlives the crash, as a read model in a separate database would.
  const sink = memoryProjectionSink(definition, { checkpoints });
  const failure = await projectionRunner({ store, sink, name: 'visits', batchSize: 2 })
    .catchUp()
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  const afterCrash = { readModel: sink.readModel(), checkpoint: await sink.checkpoint() };
  checkpoints.revive();
  const restarted = await projectionRunner({ store, sink, name: 'visits', batchSize: 2 }).catchUp();
  return { failure, afterCrash, restarted, readModel: sink.readModel() };
};

describe('projection runner: a crash between the read-model write and the checkpoint', () => {
  it('the memory sink is at least once: after a restart the batch without its checkpoint is applied again', async () => {
    const { failure, afterCrash, restarted, readModel } = await crashAndRestart(visits);
    expect(failure).toBeInstanceOf(ProjectionFailed);
    expect(
      failure instanceof ProjectionFailed ? [failure.kind, failure.position, failure.cause] : [],
    ).toEqual(['sink-failed', 3n, crash]);
    expect(afterCrash).toEqual({ readModel: ['a-1@1', 'a-2@2', 'a-1@3', 'a-3@4'], checkpoint: 2n });
    expect(restarted).toEqual({ handled: 3, checkpoint: 5n });
    expect(readModel).toEqual(['a-1@1', 'a-2@2', 'a-1@3', 'a-3@4', 'a-1@3', 'a-3@4', 'a-2@5']);
  });

  it('an idempotent handler makes the repeat harmless: the read model equals a run without a crash', async () => {
    const { afterCrash, readModel } = await crashAndRestart(idempotentVisits);
    expect(afterCrash.checkpoint).toBe(2n);

    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-1', 'a-3', 'a-2']);
    const clean = memoryProjectionSink(idempotentVisits);
    await projectionRunner({ store, sink: clean, name: 'visits', batchSize: 2 }).catchUp();
    expect(readModel).toEqual(clean.readModel());
    expect(readModel).toEqual({ last: 5n, seen: ['a-1@1', 'a-2@2', 'a-1@3', 'a-3@4', 'a-2@5'] });
  });
});
