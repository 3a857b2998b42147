import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EventStore,
  inMemoryEventStore,
  memoryProjectionSink,
  observeProjectionLag,
  projectionRunner,
} from '../../src/index.js';
import { tracedBatchApplier } from '../../src/telemetry/traced-batch-applier.js';
import { appendEach, visits } from '../projection/projection-fixtures.js';
import { at } from '../support/ids.js';
import { inMemoryTelemetry } from './in-memory-telemetry.js';

const telemetry = inMemoryTelemetry();

const logEvents = async (store: EventStore) => {
  const events = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};
beforeAll(telemetry.register);
afterAll(telemetry.unregister);

describe('projection telemetry', () => {
  it('traces each batch with its projection, size and checkpoint, and reports the lag in events', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3']);
    const runner = projectionRunner({
      store,
      sink: memoryProjectionSink(visits),
      name: 'visits',
      batchSize: 2,
    });
    const stop = observeProjectionLag([runner]);
    expect(await telemetry.points('parcel_claims.projection.lag.events')).toEqual([
      { attributes: { 'parcel_claims.projection.name': 'visits' }, value: 3 },
    ]);
    await runner.catchUp();
    expect(
      telemetry.spans.getFinishedSpans().map((span) => ({ name: span.name, attributes: span.attributes })),
    ).toEqual([
      {
        name: 'projection batch',
        attributes: {
          'parcel_claims.projection.name': 'visits',
          'parcel_claims.event.count': 2,
          'parcel_claims.projection.checkpoint': 2,
        },
      },
      {
        name: 'projection batch',
        attributes: {
          'parcel_claims.projection.name': 'visits',
          'parcel_claims.event.count': 1,
          'parcel_claims.projection.checkpoint': 3,
        },
      },
    ]);
    expect(await telemetry.points('parcel_claims.projection.lag.events')).toEqual([
      { attributes: { 'parcel_claims.projection.name': 'visits' }, value: 0 },
    ]);
    stop();
    telemetry.spans.reset();
  });

  it('records the lag in seconds: how long before the batch was applied its last event was recorded', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2']);
    const [first, second] = await logEvents(store);
    if (first === undefined || second === undefined) throw new Error('two events were appended');
    const applied: bigint[] = [];
    const apply = tracedBatchApplier(
      'visits',
      async (events, through) => {
        applied.push(through);
        return events.length;
      },
      () => Date.parse(at(2)) + 90_000,
    );
    expect(await apply([first, second], second.position)).toBe(2);
    expect(applied).toEqual([second.position]);
    expect(await telemetry.points('parcel_claims.projection.lag.seconds')).toEqual([
      { attributes: { 'parcel_claims.projection.name': 'visits' }, value: 90 },
    ]);
    telemetry.spans.reset();
  });
});
