import { randomUUID } from 'node:crypto';
import { type EventStore, memoryProjectionSink, projectionRunner } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { UnreadableEvent } from '../../src/index.js';
import { startStandIn } from '../../src/testing/index.js';
import { freshStream, sampleEvent } from '../support/sample-events.js';
import { openStore } from '../support/stand-in-fixture.js';
import { rawAppend } from './raw-append.js';

const addressOf = (connectionString: string): string => new URL(connectionString).host;

/** Metadata as the adapter writes it, so only the data is wrong. */
const metadataAfter = (previousHash: string): string =>
  JSON.stringify({
    commandId: 'command-2',
    correlationId: 'command-2',
    causationId: 'command-2',
    recordedAt: '2026-03-02T09:02:00.000Z',
    schemaVersion: 1,
    actor: null,
    previousHash,
    hash: 'f'.repeat(64),
    appendId: randomUUID(),
  });

// Each case has a stand-in of its own: an unreadable event stops every reader of the whole log.
describe('stored event data that is not JSON, on the EventStoreDB stand-in', { timeout: 60_000 }, () => {
  const cases = [
    { what: 'malformed JSON', data: '{"n": 2, "note": ' },
    { what: 'a bare JSON string', data: '"event 2"' },
    { what: 'not JSON at all', data: 'event 2' },
  ];

  for (const { what, data } of cases) {
    it(`${what} is UnreadableEvent naming stream, revision and $.data; reads and projections stop there`, async () => {
      const standIn = await startStandIn();
      const { connectionString } = standIn;
      const { store, dispose } = openStore(connectionString);
      try {
        await expectUnreadable(store, connectionString, data);
      } finally {
        await dispose();
        await standIn.stop();
      }
    });
  }
});

const expectUnreadable = async (store: EventStore, connectionString: string, data: string) => {
  const stream = freshStream('parcel');
  await store.append(stream, [sampleEvent(1)], { expectedVersion: 'no_stream' });
  const [first] = await store.readStream(stream);
  await rawAppend(addressOf(connectionString), stream, [
    {
      eventId: randomUUID(),
      type: 'ParcelNoted',
      contentType: 'application/json',
      data,
      metadata: metadataAfter(first?.metadata.hash ?? ''),
    },
  ]);
  const unreadable = new UnreadableEvent({
    streamId: stream,
    revision: 1n,
    reason: 'its data is not a JSON object or array',
    path: '$.data',
  });
  await expect(store.readStream(stream)).rejects.toStrictEqual(unreadable);

  const sink = memoryProjectionSink({ initial: 0, apply: (count: number) => count + 1 });
  const runner = projectionRunner({ store, sink, name: 'count', filter: { streamPrefix: stream } });
  await expect(runner.catchUp()).rejects.toStrictEqual(unreadable);
  expect(sink.readModel()).toBe(0);
  await expect(runner.start()).rejects.toStrictEqual(unreadable);
};
