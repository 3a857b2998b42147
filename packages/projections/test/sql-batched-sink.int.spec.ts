import {
  EventHandlerFailed,
  inMemoryEventStore,
  type ProjectionSink,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { UndecodableClaimEvent, UnexpectedClaimEvent } from '../src/index.js';
import { sqlClaimReadModelsSink } from '../src/sql.js';
import { arbParcelLog, storeOf } from './support/parcel-log.js';
import { pgFixture } from './support/pg-fixture.js';
import { scenarioStore } from './support/scenario.js';
import { sqlModels } from './support/sql-models.js';
import { withClaimNeverOpened, withStrangeEvent } from './support/strange-event.js';
import { allEvents, expectedTables, storedTables } from './support/table-rows.js';

const pg = pgFixture('batched_sink');

/** The five read models behind one sink each, or behind one sink together. */
const sinksOf = (together: boolean): readonly ProjectionSink[] => {
  const models = sqlModels(pg.executor(), pg.schema);
  if (!together) return models.sinks().map(([, sink]) => sink);
  return [
    sqlClaimReadModelsSink({
      executor: pg.executor(),
      models: [
        { name: 'claims-board', model: models.board },
        { name: 'outstanding-documents', model: models.documents },
        { name: 'payout-sla-watch', model: models.payout },
        { name: 'seller-statistics', model: models.sellers },
        { name: 'carrier-loss-statistics', model: models.carriers },
      ],
    }),
  ];
};

/** Hands the events to every sink in batches of the given sizes, in turn. */
const deliver = async (
  sinks: readonly ProjectionSink[],
  events: readonly RecordedEvent[],
  sizes: readonly number[],
) => {
  let from = 0;
  for (let turn = 0; from < events.length; turn += 1) {
    const batch = events.slice(from, from + (sizes[turn % sizes.length] ?? 1));
    const last = batch[batch.length - 1];
    if (last === undefined) break;
    for (const sink of sinks) await sink.apply(batch, last.position);
    from += batch.length;
  }
};

const failureOf = (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('the SQL read models written a batch at a time', () => {
  beforeAll(async () => {
    await sqlModels(pg.executor(), pg.schema).createTables();
  });

  it('fed generated histories in batches of generated sizes, one sink each or one for all, hold exactly the pure read models’ rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbParcelLog,
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async ({ log }, sizes, together) => {
          const store = await storeOf(log);
          const sinks = sinksOf(together);
          for (const sink of sinks) await sink.reset();
          await deliver(sinks, await allEvents(store), sizes);
          expect(await storedTables(pg.executor(), pg.schema)).toEqual(await expectedTables(store));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  for (const together of [false, true]) {
    const sinks = together ? 'one sink for all five' : 'a sink each';
    it(`an event out of place in the middle of a batch fails it whole, naming that event (${sinks})`, async () => {
      const store = await withClaimNeverOpened();
      const events = await allEvents(store);
      const strange = events.find((event) => event.eventId === '00000000-0000-4000-8000-000000000998');
      const under = sinksOf(together);
      for (const sink of under) await sink.reset();
      await deliver(under, events.slice(0, 40), [40]);
      const before = await storedTables(pg.executor(), pg.schema);
      for (const sink of under) {
        const failure = await failureOf(sink.apply(events.slice(40), 48n));
        expect(failure).toBeInstanceOf(EventHandlerFailed);
        expect(
          failure instanceof EventHandlerFailed && failure.cause instanceof UnexpectedClaimEvent
            ? [failure.event, failure.cause.message]
            : failure,
        ).toEqual([
          strange,
          'Event DocumentAttached at position 48 of stream "parcel-PA" is out of place: claim C9 was never opened',
        ]);
        expect(await sink.checkpoint()).toBe(40n);
      }
      expect(await storedTables(pg.executor(), pg.schema)).toEqual(before);
    });

    it(`an event that does not decode fails its batch whole, naming that event (${sinks})`, async () => {
      const events = await allEvents(await withStrangeEvent());
      const under = sinksOf(together);
      for (const sink of under) await sink.reset();
      await deliver(under, events.slice(0, 44), [44]);
      const before = await storedTables(pg.executor(), pg.schema);
      for (const sink of under) {
        const failure = await failureOf(sink.apply(events.slice(44), 48n));
        expect(
          failure instanceof EventHandlerFailed ? [failure.event.position, failure.event.type] : failure,
        ).toEqual([48n, 'ParcelWeighed']);
        expect(failure instanceof EventHandlerFailed && failure.cause instanceof UndecodableClaimEvent).toBe(
          true,
        );
        expect(await sink.checkpoint()).toBe(44n);
      }
      expect(await storedTables(pg.executor(), pg.schema)).toEqual(before);
    });

    it(`a write the database refuses fails its batch whole, naming the event that wrote it (${sinks})`, async () => {
      const store = await scenarioStore();
      const events = await allEvents(store);
      const rejection = events.find((event) => event.type === 'DocumentRejected');
      if (rejection === undefined || typeof rejection.data !== 'object' || rejection.data === null)
        throw new Error('the scenario rejects a document');
      // A text column holds no NUL character: the claim is fine, the row cannot be stored.
      const refused: RecordedEvent = {
        ...rejection,
        data: { ...rejection.data, reason: 'blurred\u0000scan' },
      };
      const tampered = events.map((event) => (event === rejection ? refused : event));
      for (const sink of sinksOf(false)) await sink.reset();
      // Of the five, only the outstanding documents keep a rejection's reason.
      const under = together ? sinksOf(true) : sinksOf(false).slice(1, 2);
      for (const sink of under) {
        const failure = await failureOf(sink.apply(tampered, tampered[tampered.length - 1]?.position ?? 0n));
        expect(failure instanceof EventHandlerFailed ? failure.event : failure).toBe(refused);
        expect(await sink.checkpoint()).toBe(0n);
      }
      expect(Object.values(await storedTables(pg.executor(), pg.schema)).flat()).toEqual([]);
    });

    it(`a batch delivered twice, or to read models at different checkpoints, applies once to each (${sinks})`, async () => {
      const store = await scenarioStore();
      const events = await allEvents(store);
      const under = sinksOf(together);
      const [firstAlone] = sinksOf(false);
      for (const sink of under) await sink.reset();
      // The claims board alone runs ahead of the others.
      await firstAlone?.apply(events.slice(0, 30), 30n);
      await deliver(under, events.slice(0, 20), [20]);
      await deliver(under, events.slice(0, 20), [20]);
      await deliver(under, events, [13]);
      await deliver(under, events, [47]);
      expect(await storedTables(pg.executor(), pg.schema)).toEqual(await expectedTables(store));
      for (const sink of under) expect(await sink.checkpoint()).toBe(events[events.length - 1]?.position);
    });
  }

  it('an inquiry opened again starts its claim afresh, documents it no longer requires removed', async () => {
    const store = await scenarioStore();
    const [opened] = (await store.readStream('parcel-PB')).filter((event) => event.type === 'InquiryOpened');
    if (opened === undefined || typeof opened.data !== 'object' || opened.data === null)
      throw new Error('the scenario opens an inquiry on PB');
    const required: unknown = Reflect.get(opened.data, 'requiredDocuments');
    if (!Array.isArray(required) || required.length < 2) throw new Error('the inquiry requires documents');
    await store.append(
      'parcel-PB',
      [
        {
          eventId: '00000000-0000-4000-8000-000000000997',
          type: opened.type,
          data: { ...opened.data, requiredDocuments: required.slice(0, 1) },
          metadata: { ...opened.metadata, commandId: '00000000-0000-4000-8000-000000000997' },
        },
      ],
      { expectedVersion: 'any' },
    );
    for (const together of [false, true]) {
      const sinks = sinksOf(together);
      for (const sink of sinks) await sink.reset();
      // The last batch holds the inquiry opened again alone: the claim's rows are in the tables by then.
      await deliver(sinks, await allEvents(store), [47, 1]);
      expect(await storedTables(pg.executor(), pg.schema)).toEqual(await expectedTables(store));
    }
  });

  it('an empty log leaves every table empty', async () => {
    const sinks = sinksOf(true);
    for (const sink of sinks) await sink.reset();
    await deliver(sinks, await allEvents(inMemoryEventStore()), [5]);
    expect(Object.values(await storedTables(pg.executor(), pg.schema)).flat()).toEqual([]);
  });
});
