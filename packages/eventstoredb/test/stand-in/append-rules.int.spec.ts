import { randomUUID } from 'node:crypto';
import {
  EventStoreDBClient,
  jsonEvent,
  StreamDeletedError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { afterAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../../src/testing/index.js';
import { reconnected } from '../support/reconnected.js';
import { freshStream } from '../support/sample-events.js';

const event = (id = randomUUID()) => jsonEvent({ id, type: 'Noted', data: { id } });

const revisions = async (client: EventStoreDBClient, streamId: string) => {
  const found: bigint[] = [];
  for await (const resolved of client.readStream(streamId)) found.push(resolved.event?.revision ?? -1n);
  return found;
};

// The server's own rules, checked through the real client over both append methods; the adapter
// relies on exactly these and adds its checks where they stop.
for (const batchAppend of [true, false]) {
  describe(`the stand-in's append rules (${batchAppend ? 'BatchAppend' : 'Append'})`, async () => {
    const standIn = await startStandIn({ batchAppend });
    const client = EventStoreDBClient.connectionString(standIn.connectionString);
    afterAll(async () => {
      await client.dispose();
      await standIn.stop();
    });

    it('a wrong expected revision fails with WrongExpectedVersionError naming expected and actual', async () => {
      const stream = freshStream('rules');
      await client.appendToStream(stream, [event(), event()], { expectedRevision: 'no_stream' });
      const refusal = await client
        .appendToStream(stream, event(), { expectedRevision: 0n })
        .catch((error) => error);
      expect(refusal).toBeInstanceOf(WrongExpectedVersionError);
      expect(refusal).toMatchObject({ streamName: stream, expectedVersion: 0n, actualVersion: 1n });
      const missing = await client
        .appendToStream(freshStream('missing'), event(), { expectedRevision: 'stream_exists' })
        .catch((error) => error);
      expect(missing).toMatchObject({ expectedVersion: 'stream_exists', actualVersion: 'no_stream' });
    });

    it('the same ids at the same exact revision succeed again, reporting the original write', async () => {
      const stream = freshStream('rules');
      const batch = [event(), event()];
      const original = await client.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      await client.appendToStream(stream, event(), { expectedRevision: 1n });
      const repeat = await client.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      expect(repeat).toEqual(original);
      expect(await revisions(client, stream)).toEqual([0n, 1n, 2n]);
    });

    it('a repeat whose first id matches but not the rest is a wrong expected version', async () => {
      const stream = freshStream('rules');
      const first = event();
      await client.appendToStream(stream, [first, event()], { expectedRevision: 'no_stream' });
      await expect(
        client.appendToStream(stream, [first, event()], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    });

    it('any is idempotent only while the server remembers the ids: a restart forgets them', async () => {
      const stream = freshStream('rules');
      const batch = [event()];
      await client.appendToStream(stream, batch, { expectedRevision: 'any' });
      await client.appendToStream(stream, batch, { expectedRevision: 'any' });
      expect(await revisions(client, stream)).toEqual([0n]);
      await standIn.restart();
      await reconnected(client);
      await client.appendToStream(stream, batch, { expectedRevision: 'any' });
      expect(await revisions(client, stream)).toEqual([0n, 1n]);
    });

    it('does not look at other streams: an id recorded elsewhere is written again', async () => {
      const id = randomUUID();
      const [one, two] = [freshStream('one'), freshStream('two')];
      await client.appendToStream(one, event(id), { expectedRevision: 'no_stream' });
      await client.appendToStream(two, event(id), { expectedRevision: 'no_stream' });
      expect([await revisions(client, one), await revisions(client, two)]).toEqual([[0n], [0n]]);
    });

    it('a tombstoned stream can be neither written nor read', async () => {
      const stream = freshStream('rules');
      await client.appendToStream(stream, event(), { expectedRevision: 'no_stream' });
      await client.tombstoneStream(stream);
      await expect(client.appendToStream(stream, event())).rejects.toBeInstanceOf(StreamDeletedError);
      await expect(revisions(client, stream)).rejects.toBeInstanceOf(StreamDeletedError);
    });
  });
}
