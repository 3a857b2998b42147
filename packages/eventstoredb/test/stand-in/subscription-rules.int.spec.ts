import { randomUUID } from 'node:crypto';
import {
  EventStoreDBClient,
  eventTypeFilter,
  jsonEvent,
  type Position,
  type ResolvedEvent,
  START,
  streamNameFilter,
} from '@eventstore/db-client';
import { afterAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../../src/testing/index.js';
import { reconnected } from '../support/reconnected.js';
import { freshStream } from '../support/sample-events.js';

type Signal =
  | { readonly kind: 'event'; readonly streamId: string; readonly type: string }
  | { readonly kind: 'confirmation' | 'caughtUp' }
  | { readonly kind: 'checkpoint'; readonly position: Position };

/** Records the signals of a client subscription in the order the client emits them. */
const record = (subscription: NodeJS.EventEmitter) => {
  const signals: Signal[] = [];
  let waiting:
    | { readonly until: (seen: readonly Signal[]) => boolean; readonly resolve: () => void }
    | undefined;
  const note = (signal: Signal) => {
    signals.push(signal);
    if (waiting?.until(signals) === true) waiting.resolve();
  };
  subscription.on('confirmation', () => note({ kind: 'confirmation' }));
  subscription.on('caughtUp', () => note({ kind: 'caughtUp' }));
  subscription.on('data', (resolved: ResolvedEvent) =>
    note({ kind: 'event', streamId: resolved.event?.streamId ?? '', type: resolved.event?.type ?? '' }),
  );
  return {
    signals,
    until: (condition: (seen: readonly Signal[]) => boolean) =>
      new Promise<void>((resolve) => {
        if (condition(signals)) resolve();
        else waiting = { until: condition, resolve };
      }),
    checkpoint: (position: Position) => note({ kind: 'checkpoint', position }),
  };
};

const event = (type = 'Noted') => jsonEvent({ id: randomUUID(), type, data: {} });

describe("the stand-in's subscriptions", async () => {
  const standIn = await startStandIn();
  const client = EventStoreDBClient.connectionString(standIn.connectionString);
  afterAll(async () => {
    await client.dispose();
    await standIn.stop();
  });

  it('to a stream: confirmation, the events after the start revision, caught-up, then live events', async () => {
    const stream = freshStream('sub');
    await client.appendToStream(stream, [event(), event(), event()]);
    const subscription = client.subscribeToStream(stream, { fromRevision: 0n });
    const recorded = record(subscription);
    await recorded.until((seen) => seen.some((signal) => signal.kind === 'caughtUp'));
    await client.appendToStream(stream, event('Live'));
    await recorded.until((seen) => seen.length === 5);
    expect(recorded.signals.map((signal) => (signal.kind === 'event' ? signal.type : signal.kind))).toEqual([
      'confirmation',
      'Noted',
      'Noted',
      'caughtUp',
      'Live',
    ]);
    await subscription.unsubscribe();
  });

  it('to $all with a prefix, a regex or an event-type filter, with checkpoints at the interval', async () => {
    const [kept, other] = [freshStream('kept'), freshStream('other')];
    await client.appendToStream(kept, [event('A'), event('B')]);
    await client.appendToStream(other, [event('A')]);
    const run = async (filter: Parameters<typeof client.subscribeToAll>[0]) => {
      const subscription = client.subscribeToAll(filter);
      const recorded = record(subscription);
      await recorded.until((seen) => seen.some((signal) => signal.kind === 'caughtUp'));
      await subscription.unsubscribe();
      return recorded.signals.flatMap((signal) =>
        signal.kind === 'event' && (signal.streamId === kept || signal.streamId === other)
          ? [`${signal.streamId === kept ? 'kept' : 'other'}:${signal.type}`]
          : [],
      );
    };
    expect(await run({ fromPosition: START, filter: streamNameFilter({ prefixes: [kept] }) })).toEqual([
      'kept:A',
      'kept:B',
    ]);
    expect(await run({ fromPosition: START, filter: streamNameFilter({ regex: `^${other}$` }) })).toEqual([
      'other:A',
    ]);
    expect(await run({ fromPosition: START, filter: eventTypeFilter({ prefixes: ['B'] }) })).toEqual([
      'kept:B',
    ]);

    const checkpoints: Position[] = [];
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: streamNameFilter({
        prefixes: [kept],
        maxSearchWindow: 1,
        checkpointInterval: 1,
        checkpointReached: async (_subscription, position) => {
          checkpoints.push(position);
        },
      }),
    });
    const recorded = record(subscription);
    await recorded.until((seen) => seen.some((signal) => signal.kind === 'caughtUp'));
    await subscription.unsubscribe();
    // One checkpoint per event considered, kept or filtered out, each at that event's position.
    expect(checkpoints.length).toBeGreaterThanOrEqual(3);
  });

  it('restart keeps the data and the port', async () => {
    const stream = freshStream('durable');
    await client.appendToStream(stream, event());
    await standIn.restart();
    await reconnected(client);
    const found: ResolvedEvent[] = [];
    for await (const resolved of client.readStream(stream)) found.push(resolved);
    expect(found).toHaveLength(1);
  });
});
