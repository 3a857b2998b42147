import {
  EventDecodeFailed,
  type EventToAppend,
  memoryProjectionSink,
  ProjectionFailed,
  projectionRunner,
} from '@parcel-claims/eventsourcing';
import { claimProjection, claimsBoard, UndecodableClaimEvent } from '@parcel-claims/projections';
import { claimSchemaVersion, createClaimsService, decodeRecordedClaimEvent } from '@parcel-claims/service';
import { claimStoryInput } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreUnderTest, storesUnderTest } from './stores-under-test.js';

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : {};

const badEvent = (
  n: number,
  type: string,
  data: unknown,
  schemaVersion = claimSchemaVersion(type),
): EventToAppend => ({
  eventId: `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`,
  type,
  data,
  metadata: {
    commandId: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`,
    correlationId: 'c',
    causationId: 'c',
    recordedAt: '2026-01-05T03:00:00.000Z',
    schemaVersion,
    actor: { role: 'system', id: 'foreign-writer' },
  },
});

/** Stored events that are well-formed JSON but not a claim event the code can read. */
const badCases = [
  {
    what: 'an unknown event type',
    event: (n: number) => badEvent(n, 'ParcelWeighed', { grams: 3100 }),
    paths: ['$.type'],
  },
  {
    what: 'data that does not fit its type (a negative amount)',
    event: (n: number, booked: unknown) =>
      badEvent(n, 'ParcelBooked', {
        ...asRecord(booked),
        goodsValue: { minorUnits: -5, currency: 'CNY' },
      }),
    paths: ['$.data.goodsValue.minorUnits'],
  },
  {
    what: 'an unknown (newer) schema version',
    event: (n: number, booked: unknown) =>
      badEvent(n, 'ParcelBooked', booked, claimSchemaVersion('ParcelBooked') + 1),
    paths: ['$.metadata.schemaVersion'],
  },
] as const;

const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );

const decodeFailureFields = (error: unknown) =>
  error instanceof EventDecodeFailed || error instanceof UndecodableClaimEvent
    ? { name: error.name, streamId: error.streamId, revision: error.revision, paths: error.paths }
    : error;

const projectionFailureFields = (error: unknown) =>
  error instanceof ProjectionFailed
    ? {
        kind: error.kind,
        streamId: error.streamId,
        revision: error.revision,
        cause: decodeFailureFields(error.cause),
      }
    : error;

for (const { name, open } of storesUnderTest) {
  describe(`stored events the code cannot read, on ${name}`, { timeout: 60_000 }, () => {
    let subject: StoreUnderTest;
    beforeAll(async () => {
      subject = await open();
    }, 60_000);
    afterAll(async () => {
      await subject?.close();
    });

    badCases.forEach(({ what, event, paths }, index) => {
      it(`${what}: loading, a command and projections stop with a typed error naming stream, revision and ${paths.join(', ')}`, async () => {
        const { store, writeRaw } = subject;
        const parcelId = `bad-${index}-${name.length}`;
        const streamId = `parcel-${parcelId}`;
        const service = createClaimsService({ store, clock: () => '2026-11-24T12:00:00.000Z' });
        const story = claimStoryInput(parcelId, 100 * index);
        expect((await service.bookParcel(story.bookParcel)).kind).toBe('accepted');
        const [booked] = await store.readStream(streamId);
        const bad = event(index + 10, booked?.data);
        await writeRaw(streamId, bad);
        const expected = { name: 'EventDecodeFailed', streamId, revision: 1n, paths };

        expect(decodeFailureFields(await rejectionOf(service.getParcel(parcelId)))).toEqual(expected);
        expect(decodeFailureFields(await rejectionOf(service.history(parcelId)))).toEqual(expected);
        const command = service.recordHubArrival(story.recordHubArrival);
        expect(decodeFailureFields(await rejectionOf(command))).toEqual(expected);
        expect((await store.readStream(streamId)).map((e) => [e.revision, e.type])).toEqual([
          [0n, 'ParcelBooked'],
          [1n, bad.type],
        ]);

        for (const decode of [undefined, decodeRecordedClaimEvent]) {
          const board = memoryProjectionSink(claimProjection(claimsBoard));
          const failed = await rejectionOf(
            projectionRunner({
              store,
              sink: board,
              name: 'board',
              filter: { streamPrefix: streamId },
              ...(decode === undefined ? {} : { decode }),
            }).catchUp(),
          );
          // Without a decoder the read model's own decoding fails in its handler; with one, the runner's.
          expect(projectionFailureFields(failed)).toEqual(
            decode === undefined
              ? {
                  kind: 'handler-failed',
                  streamId,
                  revision: 1n,
                  cause: { ...expected, name: 'UndecodableClaimEvent' },
                }
              : { kind: 'undecodable', streamId, revision: 1n, cause: expected },
          );
          expect(await board.checkpoint()).toBe(booked?.position);
        }
      });
    });

    it('data that is not JSON cannot be stored at all', async () => {
      const { store, writeRaw, sql } = subject;
      const streamId = `parcel-not-json-${name.length}`;
      await store.append(streamId, [badEvent(1, 'ParcelWeighed', { grams: 1 })], {
        expectedVersion: 'no_stream',
      });
      // Below the port, the json column refuses the text; through it, chainEvents refuses the value.
      const refused = await rejectionOf(
        sql === undefined
          ? writeRaw(streamId, badEvent(2, 'ParcelWeighed', { grams: Number.NaN }))
          : writeRaw(streamId, badEvent(2, 'ParcelWeighed', '{"grams": ')),
      );
      expect(refused).toBeInstanceOf(Error);
      expect((await store.readStream(streamId)).map((e) => e.revision)).toEqual([0n]);
    });
  });
}
