import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  EventDecodeFailed,
  type EventStore,
  inMemoryEventStore,
  memoryProjectionSink,
  type PoisonReason,
  type ProjectionDefinition,
  ProjectionFailed,
  projectionRunner,
  type RecordedEvent,
  StoreUnavailable,
} from '../../src/index.js';
import { appendEach, label, observedSink } from './projection-fixtures.js';

const numberOf = (event: RecordedEvent): unknown =>
  typeof event.data === 'object' && event.data !== null && 'n' in event.data ? event.data.n : undefined;

const handlerError = new Error('cannot apply n=3');

/** Lists events, and cannot apply the one with n = 3. */
const failsOnThree: ProjectionDefinition<readonly string[]> = {
  initial: [],
  apply: (seen, event) => {
    if (numberOf(event) === 3) throw handlerError;
    return [...seen, label(event)];
  },
};

const decodeAllButThree = (recorded: RecordedEvent) =>
  numberOf(recorded) === 3
    ? E.left({ message: 'n must not be 3', paths: ['$.data.n'] })
    : E.right(recorded.data);

/** Five events; the third (position 3) is revision 2 of stream a-1. */
const seeded = async (): Promise<EventStore> => {
  const store = inMemoryEventStore();
  await appendEach(store, ['a-1', 'a-1', 'a-1', 'a-2', 'a-2']);
  return store;
};

const rejectionOf = async (promise: Promise<unknown>): Promise<ProjectionFailed> => {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ProjectionFailed))
    throw new Error(`expected ProjectionFailed, got ${String(outcome)}`);
  return outcome;
};

const fieldsOf = (error: ProjectionFailed) => ({
  projection: error.projection,
  kind: error.kind,
  streamId: error.streamId,
  revision: error.revision,
  position: error.position,
  eventId: error.eventId,
  eventType: error.eventType,
  message: error.message,
});

const atThree = {
  projection: 'listing',
  streamId: 'a-1',
  revision: 2n,
  position: 3n,
  eventId: '00000000-0000-4000-8000-000000000003',
  eventType: 'Noted',
};
const stoppedAtThree =
  'Projection "listing" stopped at event Noted 00000000-0000-4000-8000-000000000003 (position 3, revision 2 of stream "a-1")';

describe('projection runner: poison events', () => {
  it('a handler that throws stops the projection just before its event, naming it', async () => {
    const store = await seeded();
    const sink = observedSink(memoryProjectionSink(failsOnThree));
    const runner = projectionRunner({ store, sink, name: 'listing', batchSize: 10 });

    const error = await rejectionOf(runner.catchUp());
    expect(fieldsOf(error)).toEqual({
      ...atThree,
      kind: 'handler-failed',
      message: `${stoppedAtThree}: its handler failed: cannot apply n=3`,
    });
    expect(error.cause).toBe(handlerError);
    expect(sink.calls).toEqual([{ events: ['a-1@1', 'a-1@2'], checkpoint: 2n }]);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-1@2']);
    // It stays stopped there: the next run fails on the same event.
    expect(fieldsOf(await rejectionOf(runner.catchUp())).position).toBe(3n);
    expect(await sink.checkpoint()).toBe(2n);
  });

  it('with onPoison park, hands the event to park with the reason and moves on', async () => {
    const store = await seeded();
    const sink = observedSink(memoryProjectionSink(failsOnThree));
    const parked: { readonly event: string; readonly reason: PoisonReason }[] = [];
    const runner = projectionRunner({
      store,
      sink,
      name: 'listing',
      batchSize: 10,
      onPoison: 'park',
      park: async (event, reason) => {
        parked.push({ event: label(event), reason });
      },
    });

    expect(await runner.catchUp()).toEqual({ handled: 5, checkpoint: 5n });
    expect(parked).toEqual([
      {
        event: 'a-1@3',
        reason: { kind: 'handler-failed', message: 'cannot apply n=3', cause: handlerError },
      },
    ]);
    expect(sink.calls).toEqual([
      { events: ['a-1@1', 'a-1@2'], checkpoint: 2n },
      { events: [], checkpoint: 3n },
      { events: ['a-2@4', 'a-2@5'], checkpoint: 5n },
    ]);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-1@2', 'a-2@4', 'a-2@5']);
  });

  it('an event that does not decode stops the projection before anything of it is applied', async () => {
    const store = await seeded();
    const sink = observedSink(memoryProjectionSink(failsOnThree));
    const runner = projectionRunner({
      store,
      sink,
      name: 'listing',
      batchSize: 10,
      decode: decodeAllButThree,
    });

    const error = await rejectionOf(runner.catchUp());
    expect(fieldsOf(error)).toEqual({
      ...atThree,
      kind: 'undecodable',
      message: `${stoppedAtThree}: cannot decode it: n must not be 3`,
    });
    expect(error.cause).toEqual(
      new EventDecodeFailed({
        streamId: 'a-1',
        revision: 2n,
        eventId: atThree.eventId,
        type: atThree.eventType,
        reason: 'n must not be 3',
        paths: ['$.data.n'],
      }),
    );
    expect(sink.calls).toEqual([{ events: ['a-1@1', 'a-1@2'], checkpoint: 2n }]);
  });

  it('with onPoison park, an event that does not decode is parked, never applied', async () => {
    const store = await seeded();
    const sink = observedSink(memoryProjectionSink(failsOnThree));
    const parked: string[] = [];
    const runner = projectionRunner({
      store,
      sink,
      name: 'listing',
      decode: decodeAllButThree,
      onPoison: 'park',
      park: async (event, reason) => {
        parked.push(`${label(event)} ${reason.kind}: ${reason.message}`);
      },
    });
    expect(await runner.catchUp()).toEqual({ handled: 5, checkpoint: 5n });
    expect(parked).toEqual(['a-1@3 undecodable: n must not be 3']);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-1@2', 'a-2@4', 'a-2@5']);
  });

  it('stops when parking fails, before the parked event', async () => {
    const store = await seeded();
    const sink = memoryProjectionSink(failsOnThree);
    const parkError = new Error('dead-letter table unavailable');
    const runner = projectionRunner({
      store,
      sink,
      name: 'listing',
      onPoison: 'park',
      park: async () => {
        throw parkError;
      },
    });
    const error = await rejectionOf(runner.catchUp());
    expect(fieldsOf(error)).toEqual({
      ...atThree,
      kind: 'park-failed',
      message: `${stoppedAtThree}: parking it failed: dead-letter table unavailable`,
    });
    expect(error.cause).toBe(parkError);
    expect(await sink.checkpoint()).toBe(2n);
  });

  it('a sink failure it does not pin on an event stops at the first event of its batch and is never parked', async () => {
    const store = await seeded();
    const unavailable = new StoreUnavailable({ cause: new Error('connection reset') });
    const failing = memoryProjectionSink(failsOnThree, {
      checkpoints: {
        load: async () => 0n,
        save: async () => {
          throw unavailable;
        },
      },
    });
    const parked: string[] = [];
    const runner = projectionRunner({
      store,
      sink: failing,
      name: 'listing',
      batchSize: 2,
      onPoison: 'park',
      park: async (event) => {
        parked.push(label(event));
      },
    });
    const error = await rejectionOf(runner.catchUp());
    expect(fieldsOf(error)).toEqual({
      projection: 'listing',
      kind: 'sink-failed',
      streamId: 'a-1',
      revision: 0n,
      position: 1n,
      eventId: '00000000-0000-4000-8000-000000000001',
      eventType: 'Noted',
      message:
        'Projection "listing" stopped at event Noted 00000000-0000-4000-8000-000000000001 (position 1, revision 0 of stream "a-1"): ' +
        'the sink failed on the batch from it: Event store unavailable: connection reset',
    });
    expect(error.cause).toBe(unavailable);
    expect(parked).toEqual([]);
  });

  it('live: a poison event among the stored ones rejects start and finished', async () => {
    const store = await seeded();
    const sink = memoryProjectionSink(failsOnThree);
    const runner = projectionRunner({ store, sink, name: 'listing' });
    expect(fieldsOf(await rejectionOf(runner.start())).position).toBe(3n);
    expect(fieldsOf(await rejectionOf(runner.finished())).position).toBe(3n);
    expect(runner.activity()).toBe('idle');
    expect(await sink.checkpoint()).toBe(2n);
  });

  it('live: a poison event arriving after the catch-up ends live mode; finished rejects with it', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-1']);
    const sink = memoryProjectionSink(failsOnThree);
    const runner = projectionRunner({ store, sink, name: 'listing' });
    expect(await runner.start()).toBe(2n);
    await appendEach(store, ['a-1', 'a-2'], 3);
    const error = await rejectionOf(runner.finished());
    expect(fieldsOf(error)).toEqual({
      ...atThree,
      kind: 'handler-failed',
      message: `${stoppedAtThree}: its handler failed: cannot apply n=3`,
    });
    expect(runner.activity()).toBe('idle');
    expect(sink.readModel()).toEqual(['a-1@1', 'a-1@2']);
  });

  it('live: with onPoison park, the poison event is parked and live mode goes on', async () => {
    const store = inMemoryEventStore();
    const sink = observedSink(memoryProjectionSink(failsOnThree));
    const parked: string[] = [];
    const runner = projectionRunner({
      store,
      sink,
      name: 'listing',
      onPoison: 'park',
      park: async (event) => {
        parked.push(label(event));
      },
    });
    await runner.start();
    await appendEach(store, ['a-1', 'a-1', 'a-1', 'a-2']);
    await sink.reached(4n);
    await runner.stop();
    expect(parked).toEqual(['a-1@3']);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-1@2', 'a-2@4']);
    await expect(runner.finished()).resolves.toBeUndefined();
  });
});
