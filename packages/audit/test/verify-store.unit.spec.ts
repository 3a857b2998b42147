import { foundingStoryPaidLate as latePayoutStory } from '@parcel-claims/core/founding-story';
import {
  type EventStore,
  eventHash,
  hashInputOf,
  type RecordedEvent,
  type RecordedText,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { listStreams, type VerifyProgress, verifyStore } from '../src/index.js';
import { writeFoundingStory, writeStory } from './support/founding-story.js';

/** A store whose reads of one stream go through `alter`: what a tampered database would return. */
const tampered = (
  store: EventStore,
  streamId: string,
  alter: (events: readonly RecordedEvent[]) => readonly RecordedEvent[],
): EventStore => ({
  ...store,
  readStream: async (id, options) => {
    const events = await store.readStream(id, options);
    return id === streamId ? alter(events) : events;
  },
});

const hashOf = (event: RecordedEvent): string | null => {
  const hash = eventHash(hashInputOf(event));
  return E.isRight(hash) ? hash.right : null;
};

const streamId = 'parcel-TSS-2026-000042';

const withField = (data: unknown, key: string, value: unknown): unknown =>
  typeof data === 'object' && data !== null ? { ...data, [key]: value } : data;

describe('verifyStore', async () => {
  const { store } = await writeFoundingStory();
  const events = await store.readStream(streamId);

  it('finds every stream of the log and reports an intact store with progress per stream', async () => {
    const progress: VerifyProgress[] = [];
    const report = await verifyStore(store, { onProgress: (p) => progress.push(p) });
    expect(report).toEqual({ streams: 1, events: 18, broken: [], unlikeLog: [] });
    expect(progress).toEqual([{ streamsDone: 1, streamsTotal: 1, eventsDone: 18, eventsTotal: 18 }]);
    expect(await listStreams(store)).toEqual(new Map([[streamId, 18]]));
  });

  it('names a modified event, with the hash its content has and the hash stored on it', async () => {
    const altered = events.map((e) =>
      e.revision === 16n
        ? { ...e, data: withField(e.data, 'approvedAmount', { minorUnits: 1_398_000, currency: 'CNY' }) }
        : e,
    );
    const target = altered[16];
    const report = await verifyStore(tampered(store, streamId, () => altered));
    expect(report.broken).toEqual([
      {
        streamId,
        revision: 16n,
        reason: 'hash-mismatch',
        expected: target === undefined ? null : hashOf(target),
        found: events[16]?.metadata.hash,
      },
    ]);
  });

  it('names the event after a deleted one', async () => {
    const report = await verifyStore(tampered(store, streamId, (es) => es.filter((e) => e.revision !== 10n)));
    expect(report.broken).toEqual([
      {
        streamId,
        revision: 11n,
        reason: 'broken-link',
        expected: events[9]?.metadata.hash,
        found: events[10]?.metadata.hash,
      },
    ]);
  });

  it('checks only the streams it is given, and counts what it reads', async () => {
    const { store: other } = await writeStory(latePayoutStory);
    expect(await verifyStore(other, { streams: [streamId, 'parcel-none'] })).toEqual({
      streams: 2,
      events: 19,
      broken: [],
      unlikeLog: [],
    });
  });

  it('names a stream that reads back other than the global log holds it: a cut tail, a deleted stream', async () => {
    const lastHash = events[17]?.metadata.hash ?? null;
    const cut = await verifyStore(tampered(store, streamId, (all) => all.slice(0, 15)));
    const gone = await verifyStore(tampered(store, streamId, () => []));
    const deleted = await verifyStore({
      ...store,
      readStream: async () => {
        throw Object.assign(new Error(`Stream "${streamId}" was deleted (tombstoned)`), {
          name: 'StreamDeleted',
        });
      },
    });
    const inLog = { events: 18, lastHash };
    expect([cut, gone, deleted]).toEqual([
      {
        streams: 1,
        events: 15,
        broken: [],
        unlikeLog: [
          { streamId, inLog, read: { events: 15, lastHash: events[14]?.metadata.hash, deleted: false } },
        ],
      },
      {
        streams: 1,
        events: 0,
        broken: [],
        unlikeLog: [{ streamId, inLog, read: { events: 0, lastHash: null, deleted: false } }],
      },
      {
        streams: 1,
        events: 0,
        broken: [],
        unlikeLog: [{ streamId, inLog, read: { events: 0, lastHash: null, deleted: true } }],
      },
    ]);
    await expect(
      verifyStore({
        ...store,
        readStream: async () => {
          throw new Error('connection lost');
        },
      }),
    ).rejects.toThrow('connection lost');
  });
  it('hashes the stored data text on a store that keeps it, and never parses what verifies', async () => {
    // The stored text of every event, as a text store keeps it; revision 3 altered in its bytes.
    const texts: RecordedText[] = events.map(({ data, ...envelope }) => ({
      ...envelope,
      dataText: JSON.stringify(data),
    }));
    const altered = texts.map((e) =>
      e.revision === 3n ? { ...e, dataText: e.dataText.replace('"at":"2026-', '"at":"2027-') } : e,
    );
    const reads: string[] = [];
    const textStore: EventStore = {
      ...store,
      readStream: async () => {
        reads.push('readStream');
        return [];
      },
      readStreamText: async (id) => {
        reads.push(`readStreamText ${id}`);
        return id === streamId ? altered : [];
      },
    };
    const target = altered[3];
    const expectedHash =
      target === undefined ? null : hashOf({ ...(events[3] ?? target), data: JSON.parse(target.dataText) });
    expect(altered[3]?.dataText).not.toBe(texts[3]?.dataText);
    const report = await verifyStore(textStore, { streams: [streamId] });
    expect(reads).toEqual([`readStreamText ${streamId}`]);
    expect(report).toEqual({
      streams: 1,
      events: 18,
      unlikeLog: [],
      broken: [
        {
          streamId,
          revision: 3n,
          reason: 'hash-mismatch',
          expected: expectedHash,
          found: events[3]?.metadata.hash,
        },
      ],
    });
    expect(
      await verifyStore({ ...textStore, readStreamText: async () => texts }, { streams: [streamId] }),
    ).toEqual({
      streams: 1,
      events: 18,
      broken: [],
      unlikeLog: [],
    });
  });
});
