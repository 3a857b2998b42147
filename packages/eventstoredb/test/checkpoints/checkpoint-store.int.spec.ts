import { randomUUID } from 'node:crypto';
import { memoryProjectionSink } from '@parcel-claims/eventsourcing';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckpointConflict, eventStoreDbCheckpointStore } from '../../src/index.js';
import { reconnected } from '../support/reconnected.js';
import { freshStream, sampleEvent } from '../support/sample-events.js';
import { openStore, quickRetries, standInForFile } from '../support/stand-in-fixture.js';

const standIn = standInForFile();

describe('the EventStoreDB checkpoint store', async () => {
  const { client, store, dispose } = openStore((await standIn()).connectionString);
  afterAll(dispose);
  const checkpoints = (projection: string) =>
    eventStoreDbCheckpointStore(client, { projection, retry: quickRetries.retry ?? {} });

  it('starts at 0n, keeps what was saved, and keeps only the latest in its stream ($maxCount 1)', async () => {
    const store = checkpoints(`projection-${randomUUID()}`);
    expect(await store.load()).toBe(0n);
    await store.save(40n);
    await store.save(90n);
    expect(await store.load()).toBe(90n);
    const kept = [];
    for await (const resolved of client.readStream(store.streamId)) kept.push(resolved.event?.revision);
    expect(kept).toEqual([1n]);
    expect((await client.getStreamMetadata(store.streamId)).metadata).toEqual({ maxCount: 1 });
  });

  it('a second runner of the same projection gets CheckpointConflict and leaves the first one’s checkpoint', async () => {
    const projection = `projection-${randomUUID()}`;
    const first = checkpoints(projection);
    const second = checkpoints(projection);
    await first.load();
    await second.load();
    await first.save(10n);
    await expect(second.save(20n)).rejects.toStrictEqual(new CheckpointConflict({ projection }));
    expect(await checkpoints(projection).load()).toBe(10n);
  });

  it('survives a server restart', async () => {
    const projection = `projection-${randomUUID()}`;
    await checkpoints(projection).save(70n);
    await (await standIn()).restart();
    await reconnected(client);
    expect(await checkpoints(projection).load()).toBe(70n);
  });

  it('serves a memory projection sink: at least once, resumed from the stored checkpoint', async () => {
    const projection = `projection-${randomUUID()}`;
    const parcel = freshStream('parcel');
    await store.append(parcel, [sampleEvent(1), sampleEvent(2)], { expectedVersion: 'no_stream' });
    const events = await store.readStream(parcel);
    const count = () =>
      memoryProjectionSink(
        { initial: 0, apply: (n: number) => n + 1 },
        { checkpoints: checkpoints(projection) },
      );
    const sink = count();
    await sink.apply(events, events[1]?.position ?? 0n);
    expect(await count().checkpoint()).toBe(events[1]?.position);
  });
});
