import { randomUUID } from 'node:crypto';
import {
  EventStoreDBClient,
  jsonEvent,
  PersistentSubscriptionDoesNotExistError,
  PersistentSubscriptionExistsError,
  type PersistentSubscriptionToAllResolvedEvent,
  PINNED,
  persistentSubscriptionToAllSettingsFromDefaults,
  START,
  streamNameFilter,
} from '@eventstore/db-client';
import { afterAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../../src/testing/index.js';

// Persistent subscriptions of the stand-in, through the real client, as the server documents them.
const standIn = await startStandIn();
const client = EventStoreDBClient.connectionString(standIn.connectionString);
afterAll(async () => {
  await client.dispose();
  await standIn.stop();
});

const createGroup = (group: string, prefix: string, messageTimeout = 30_000) =>
  client.createPersistentSubscriptionToAll(
    group,
    persistentSubscriptionToAllSettingsFromDefaults({
      consumerStrategyName: PINNED,
      startFrom: START,
      messageTimeout,
    }),
    { filter: streamNameFilter({ prefixes: [prefix] }) },
  );

const appendTo = async (stream: string, count: number) => {
  for (let n = 0; n < count; n += 1)
    await client.appendToStream(stream, jsonEvent({ type: 'Noted', data: { n } }), {
      expectedRevision: n === 0 ? 'no_stream' : BigInt(n - 1),
    });
};

/** A consumer that records what it is sent, acknowledging it unless told not to. */
const consume = (group: string, options: { readonly ack: boolean; readonly bufferSize?: number }) => {
  const subscription = client.subscribeToPersistentSubscriptionToAll(group, {
    bufferSize: options.bufferSize ?? 10,
  });
  const received: PersistentSubscriptionToAllResolvedEvent[] = [];
  subscription.on('data', (resolved: PersistentSubscriptionToAllResolvedEvent) => {
    received.push(resolved);
    if (options.ack) void subscription.ack(resolved);
  });
  return { subscription, received };
};

const until = async (done: () => boolean): Promise<void> => {
  for (let tries = 0; !done(); tries += 1) {
    if (tries > 400) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('persistent subscriptions of the stand-in', () => {
  it('a group is created once: creating it again fails with PersistentSubscriptionExistsError; reading a missing one with PersistentSubscriptionDoesNotExistError', async () => {
    const group = `g-${randomUUID()}`;
    await createGroup(group, 'any-');
    await expect(createGroup(group, 'any-')).rejects.toBeInstanceOf(PersistentSubscriptionExistsError);
    const missing = client.subscribeToPersistentSubscriptionToAll(`missing-${randomUUID()}`);
    const failure = await new Promise((resolve) => missing.once('error', resolve));
    expect(failure).toBeInstanceOf(PersistentSubscriptionDoesNotExistError);
  });

  it('pinned: each stream goes to one consumer, in revision order, and every event once', async () => {
    const prefix = `pin-${randomUUID()}-`;
    const group = `g-${randomUUID()}`;
    await createGroup(group, prefix);
    const a = consume(group, { ack: true });
    const b = consume(group, { ack: true });
    await new Promise((resolve) => b.subscription.once('confirmation', resolve));
    const streams = Array.from({ length: 12 }, (_, n) => `${prefix}${n}`);
    for (const stream of streams) await appendTo(stream, 3);
    await until(() => a.received.length + b.received.length === 36);
    for (const stream of streams) {
      const toA = a.received.filter((resolved) => resolved.event?.streamId === stream);
      const toB = b.received.filter((resolved) => resolved.event?.streamId === stream);
      const got = toA.length > 0 ? toA : toB;
      expect([toA.length === 0 || toB.length === 0, got.map((resolved) => resolved.event?.revision)]).toEqual(
        [true, [0n, 1n, 2n]],
      );
    }
    expect(a.received.length).toBeGreaterThan(0);
    expect(b.received.length).toBeGreaterThan(0);
    await a.subscription.unsubscribe();
    await b.subscription.unsubscribe();
  });

  it('an event not acknowledged within the message timeout is sent again, its retry count raised; a nack with retry does the same', async () => {
    const prefix = `late-${randomUUID()}-`;
    const group = `g-${randomUUID()}`;
    await createGroup(group, prefix, 200);
    const slow = consume(group, { ack: false });
    await appendTo(`${prefix}0`, 1);
    await until(() => slow.received.length === 2);
    expect(slow.received.map((resolved) => [resolved.event?.streamId, resolved.retryCount])).toEqual([
      [`${prefix}0`, 0],
      [`${prefix}0`, 1],
    ]);
    const [, again] = slow.received;
    if (again === undefined) throw new Error('two deliveries expected');
    await slow.subscription.nack('retry', 'not yet', again);
    await until(() => slow.received.length === 3);
    expect(slow.received[2]?.retryCount).toBe(2);
    await slow.subscription.unsubscribe();
  });

  it('what a consumer held unacknowledged when it left goes to another, with its buckets', async () => {
    const prefix = `left-${randomUUID()}-`;
    const group = `g-${randomUUID()}`;
    await createGroup(group, prefix);
    const leaving = consume(group, { ack: false });
    await new Promise((resolve) => leaving.subscription.once('confirmation', resolve));
    await appendTo(`${prefix}0`, 2);
    await until(() => leaving.received.length === 2);
    const staying = consume(group, { ack: true });
    await new Promise((resolve) => staying.subscription.once('confirmation', resolve));
    await leaving.subscription.unsubscribe();
    await until(() => staying.received.length === 2);
    expect(staying.received.map((resolved) => [resolved.event?.streamId, resolved.event?.revision])).toEqual([
      [`${prefix}0`, 0n],
      [`${prefix}0`, 1n],
    ]);
    await staying.subscription.unsubscribe();
  });
});
