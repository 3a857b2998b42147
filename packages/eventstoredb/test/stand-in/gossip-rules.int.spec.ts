import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent, type ResolvedEvent } from '@eventstore/db-client';
import { afterAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../../src/testing/index.js';
import { freshStream } from '../support/sample-events.js';

const collect = async (events: AsyncIterable<ResolvedEvent>): Promise<readonly unknown[]> => {
  const found: unknown[] = [];
  for await (const resolved of events) found.push(resolved.event?.data);
  return found;
};

describe("the stand-in's gossip", async () => {
  const standIn = await startStandIn();
  const hostAndPort = new URL(standIn.connectionString.replace('esdb:', 'http:')).host;
  afterAll(() => standIn.stop());

  it.each([
    ['DNS discovery', `esdb+discover://${hostAndPort}?tls=false`],
    [
      'seed nodes, the first refusing connections',
      `esdb://127.0.0.1:1,${hostAndPort}?tls=false&gossipTimeout=1`,
    ],
  ])('answers as a one-member cluster, so the client reaches it through %s', async (_how, url) => {
    const client = EventStoreDBClient.connectionString(url);
    try {
      const stream = freshStream('gossip');
      await client.appendToStream(stream, jsonEvent({ id: randomUUID(), type: 'Noted', data: { n: 1 } }));
      expect(await collect(client.readStream(stream))).toEqual([{ n: 1 }]);
    } finally {
      await client.dispose();
    }
  });
});
