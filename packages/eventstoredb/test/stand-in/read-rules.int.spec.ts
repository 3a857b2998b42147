import { randomUUID } from 'node:crypto';
import {
  EventStoreDBClient,
  jsonEvent,
  type ResolvedEvent,
  StreamNotFoundError,
} from '@eventstore/db-client';
import { status } from '@grpc/grpc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../../src/testing/index.js';
import { freshStream } from '../support/sample-events.js';

const event = (n: number) => jsonEvent({ id: randomUUID(), type: 'Noted', data: { n } });

const collect = async (events: AsyncIterable<ResolvedEvent>): Promise<readonly ResolvedEvent[]> => {
  const found: ResolvedEvent[] = [];
  for await (const resolved of events) found.push(resolved);
  return found;
};

const numbers = (events: readonly ResolvedEvent[]) =>
  events.map((resolved) => Reflect.get(Object(resolved.event?.data), 'n'));

describe("the stand-in's reads", async () => {
  const standIn = await startStandIn();
  const client = EventStoreDBClient.connectionString(standIn.connectionString);
  afterAll(async () => {
    await client.dispose();
    await standIn.stop();
  });

  it('reads a stream both ways from a revision with a count; backwards past the end starts at the end', async () => {
    const stream = freshStream('read');
    await client.appendToStream(stream, [0, 1, 2, 3, 4].map(event));
    expect(numbers(await collect(client.readStream(stream, { fromRevision: 1n, maxCount: 2 })))).toEqual([
      1, 2,
    ]);
    expect(
      numbers(
        await collect(
          client.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 2 }),
        ),
      ),
    ).toEqual([4, 3]);
    expect(
      numbers(await collect(client.readStream(stream, { direction: 'backwards', fromRevision: 99n }))),
    ).toEqual([4, 3, 2, 1, 0]);
    expect(numbers(await collect(client.readStream(stream, { fromRevision: 5n })))).toEqual([]);
  });

  it('reports a missing stream on the first iteration', async () => {
    await expect(collect(client.readStream(freshStream('nobody')))).rejects.toBeInstanceOf(
      StreamNotFoundError,
    );
  });

  it('a soft-deleted stream reads as missing; writing it again continues the revisions', async () => {
    const stream = freshStream('soft');
    await client.appendToStream(stream, [event(0), event(1)]);
    await client.deleteStream(stream);
    await expect(collect(client.readStream(stream))).rejects.toBeInstanceOf(StreamNotFoundError);
    await client.appendToStream(stream, event(2), { expectedRevision: 'no_stream' });
    const events = await collect(client.readStream(stream));
    expect(events.map((resolved) => resolved.event?.revision)).toEqual([2n]);
  });

  it('$maxCount in the stream metadata keeps only the last events readable', async () => {
    const stream = freshStream('capped');
    await client.setStreamMetadata(stream, { maxCount: 1 });
    await client.appendToStream(stream, [event(0), event(1), event(2)]);
    expect(numbers(await collect(client.readStream(stream)))).toEqual([2]);
    expect((await client.getStreamMetadata(stream)).metadata).toEqual({ maxCount: 1 });
  });

  it('reads $all forwards from a position inclusive and backwards from before it; positions are not dense', async () => {
    const stream = freshStream('all');
    await client.appendToStream(stream, [0, 1, 2].map(event));
    const mine = (await collect(client.readAll())).filter((resolved) => resolved.event?.streamId === stream);
    const [first, second] = mine.map((resolved) => resolved.event?.position?.commit ?? 0n);
    expect((second ?? 0n) - (first ?? 0n)).toBeGreaterThan(1n);
    const from = { commit: second ?? 0n, prepare: second ?? 0n };
    expect(numbers(await collect(client.readAll({ fromPosition: from, maxCount: 2 })))).toEqual([1, 2]);
    expect(
      numbers(await collect(client.readAll({ fromPosition: from, direction: 'backwards', maxCount: 1 }))),
    ).toEqual([0]);
  });

  it('refuses a position inside a record with INVALID_ARGUMENT, as the server does', async () => {
    const stream = freshStream('all');
    await client.appendToStream(stream, event(0));
    const [last] = await collect(
      client.readAll({ fromPosition: 'end', direction: 'backwards', maxCount: 1 }),
    );
    const inside = (last?.event?.position?.commit ?? 0n) + 1n;
    const refusal = await collect(
      client.readAll({ fromPosition: { commit: inside, prepare: inside } }),
    ).catch((error) => error);
    expect(refusal).toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('writes a tombstone record into $all when a stream is hard-deleted', async () => {
    const stream = freshStream('tombstoned');
    await client.appendToStream(stream, event(0));
    await client.tombstoneStream(stream);
    const [last] = await collect(
      client.readAll({ fromPosition: 'end', direction: 'backwards', maxCount: 1 }),
    );
    expect(last?.event).toMatchObject({
      streamId: stream,
      type: '$streamDeleted',
      revision: 9223372036854775807n,
    });
  });
});
