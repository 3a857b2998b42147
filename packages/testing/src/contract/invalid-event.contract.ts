import { type EventToAppend, InvalidEventData } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import type { ContractScope } from './contract-scope.js';
import { expectedStream } from './expected-stream.js';
import { ownLog } from './own-log.js';

interface InvalidCase {
  readonly what: string;
  /** The bad event, made from the test's event 1. */
  readonly bad: (valid: EventToAppend) => EventToAppend;
  readonly reason: string;
}

const cyclic = (): unknown => {
  const node: { self?: unknown } = {};
  node.self = node;
  return node;
};

// Reasons are those of `chainEvents`, which every store calls, so every store words them alike.
const invalidCases: readonly InvalidCase[] = [
  {
    what: 'an event id that is not a UUID',
    bad: (valid) => ({ ...valid, eventId: 'parcel-event-1' }),
    reason: 'event id "parcel-event-1" is not a UUID',
  },
  {
    what: 'NaN in the data',
    bad: (valid) => ({ ...valid, data: { amount: Number.NaN } }),
    reason: 'data is not JSON: NaN is not allowed',
  },
  {
    what: 'an infinity in the data',
    bad: (valid) => ({ ...valid, data: { amount: Number.POSITIVE_INFINITY } }),
    reason: 'data is not JSON: Infinity is not allowed',
  },
  {
    what: 'a bigint in the data',
    bad: (valid) => ({ ...valid, data: { amount: 12n } }),
    reason: 'data is not JSON: Do not know how to serialize a BigInt',
  },
  {
    what: 'a lone surrogate in the data',
    bad: (valid) => ({ ...valid, data: { note: 'broken \uD800 text' } }),
    reason: 'data is not JSON: Lone surrogate is not allowed',
  },
  {
    what: 'cyclic data',
    bad: (valid) => ({ ...valid, data: cyclic() }),
    reason: 'data is not JSON: Circular reference detected',
  },
  {
    what: 'undefined data',
    bad: (valid) => ({ ...valid, data: undefined }),
    reason: 'data is not JSON: undefined has no JSON form',
  },
  {
    what: 'a NUL in the event type',
    bad: (valid) => ({ ...valid, type: 'Noted\u0000' }),
    reason: 'event type must not contain NUL (U+0000) or a lone surrogate',
  },
  {
    what: 'a lone surrogate in the event type',
    bad: (valid) => ({ ...valid, type: 'Noted\uD800' }),
    reason: 'event type must not contain NUL (U+0000) or a lone surrogate',
  },
  {
    what: 'a NUL in the command id',
    bad: (valid) => ({ ...valid, metadata: { ...valid.metadata, commandId: 'command\u00001' } }),
    reason:
      'commandId, correlationId, causationId and actor must not contain NUL (U+0000) or a lone surrogate',
  },
  {
    what: 'a NUL in the actor id',
    bad: (valid) => ({
      ...valid,
      metadata: { ...valid.metadata, actor: { role: 'seller', id: 'x\u0000y' } },
    }),
    reason:
      'commandId, correlationId, causationId and actor must not contain NUL (U+0000) or a lone surrogate',
  },
  {
    what: 'schema version 0',
    bad: (valid) => ({ ...valid, metadata: { ...valid.metadata, schemaVersion: 0 } }),
    reason: 'schemaVersion 0 is not a positive integer',
  },
  {
    what: 'a recordedAt that is not an instant',
    bad: (valid) => ({ ...valid, metadata: { ...valid.metadata, recordedAt: '2026-03-02' } }),
    reason: 'recordedAt "2026-03-02" is not an ISO 8601 instant',
  },
];

/** Appends `bad` after a valid event in one batch to a new stream and expects none of it written. */
const expectRefused = async (context: ContractScope, bad: EventToAppend, reason: string) => {
  const { store, stream, event } = context;
  const parcel = stream('parcel');
  await expect(store.append(parcel, [event(2), bad], { expectedVersion: 'no_stream' })).rejects.toStrictEqual(
    new InvalidEventData({ streamId: parcel, eventId: bad.eventId, reason }),
  );
  expect(await store.readStream(parcel)).toEqual([]);
  expect(await ownLog(context)).toEqual([]);
};

/** Events a store must refuse, whole batch and all, with a typed error. */
export const invalidEventContract = ({ scope, test }: ContractContext): void => {
  describe('invalid events', () => {
    for (const { what, bad, reason } of invalidCases) {
      test(`refuses ${what} as InvalidEventData and writes nothing of the batch`, async () => {
        const context = scope();
        await expectRefused(context, bad(context.event(1)), reason);
      });
    }

    test('refuses a function in the data as InvalidEventData and writes nothing of the batch', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      const bad = { ...event(1), data: { amount: 12, convert: () => 12 } };
      // No store has worded this reason yet, so the test pins the error's class, stream and event.
      const refusal = await store.append(parcel, [event(2), bad], { expectedVersion: 'no_stream' }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(InvalidEventData);
      expect(refusal).toMatchObject({ streamId: parcel, eventId: bad.eventId });
      expect(await ownLog(context)).toEqual([]);
    });

    test('an invalid event leaves an existing stream as it was and takes no event id', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      const first = await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const bad = { ...event(3), data: { amount: Number.NaN } };
      await expect(store.append(parcel, [event(2), bad], { expectedVersion: 0n })).rejects.toStrictEqual(
        new InvalidEventData({
          streamId: parcel,
          eventId: bad.eventId,
          reason: 'data is not JSON: NaN is not allowed',
        }),
      );
      expect(await store.readStream(parcel)).toEqual(expectedStream(parcel, [event(1)], [first.position]));
      const retry = await store.append(parcel, [event(2)], { expectedVersion: 0n });
      expect(retry).toEqual({ nextExpectedRevision: 1n, position: retry.position, alreadyApplied: false });
      expect(await store.readStream(parcel)).toEqual(
        expectedStream(parcel, [event(1), event(2)], [first.position, retry.position]),
      );
    });
  });
};
