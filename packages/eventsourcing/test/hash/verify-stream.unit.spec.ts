import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  eventHash,
  hashInputOf,
  inMemoryEventStore,
  type RecordedEvent,
  verifyStream,
} from '../../src/index.js';
import { noted } from '../support/events.js';

/** The event with its `hashVersion` replaced by any value, as a store could hand it over. */
const withHashVersion = (event: RecordedEvent, hashVersion: unknown): RecordedEvent => {
  const metadata = { ...event.metadata };
  Reflect.set(metadata, 'hashVersion', hashVersion);
  return { ...event, metadata };
};

/** Rehashes an event as a careful forger would, keeping its link. */
const rehashed = (event: RecordedEvent): RecordedEvent => {
  const hash = eventHash(hashInputOf(event));
  if (E.isLeft(hash)) throw new Error(hash.left);
  return { ...event, metadata: { ...event.metadata, hash: hash.right } };
};

describe('verifyStream', () => {
  let stream: readonly RecordedEvent[];
  const at = (revision: number): RecordedEvent => {
    const event = stream[revision];
    if (event === undefined) throw new Error(`no event at ${revision}`);
    return event;
  };
  const hashAt = (revision: number): string => at(revision).metadata.hash;

  beforeAll(async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1), noted(2), noted(3)], { expectedVersion: 'no_stream' });
    await store.append('account-1', [noted(4), noted(5)], { expectedVersion: 2n });
    stream = await store.readStream('account-1');
  });

  it('accepts an untouched stream and an empty one', () => {
    expect(verifyStream(stream)).toEqual({ ok: true });
    expect(verifyStream([])).toEqual({ ok: true });
  });

  it('catches modified data', () => {
    const modified = { ...at(2), data: { n: 33 } };
    const expected = rehashed(modified).metadata.hash;
    expect(verifyStream([at(0), at(1), modified, at(3), at(4)])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 2n,
      expected,
      found: hashAt(2),
      reason: 'hash-mismatch',
    });
  });

  it('catches modified metadata that the hash covers', () => {
    const modified = { ...at(1), metadata: { ...at(1).metadata, recordedAt: '2020-01-01T00:00:00.000Z' } };
    expect(verifyStream([at(0), modified, at(2), at(3), at(4)])).toMatchObject({
      ok: false,
      revision: 1n,
      found: hashAt(1),
      reason: 'hash-mismatch',
    });
  });

  it('catches a changed actor, correlation id or causation id', () => {
    const edits = [
      { ...at(1), metadata: { ...at(1).metadata, actor: { role: 'insurer', id: 'someone-else' } } },
      { ...at(1), metadata: { ...at(1).metadata, actor: null } },
      { ...at(1), metadata: { ...at(1).metadata, correlationId: 'another-conversation' } },
      { ...at(1), metadata: { ...at(1).metadata, causationId: 'another-message' } },
    ];
    for (const modified of edits) {
      expect(verifyStream([at(0), modified, at(2), at(3), at(4)])).toEqual({
        ok: false,
        streamId: 'account-1',
        revision: 1n,
        expected: rehashed(modified).metadata.hash,
        found: hashAt(1),
        reason: 'hash-mismatch',
      });
    }
  });

  it('catches a deleted event', () => {
    expect(verifyStream([at(0), at(1), at(3), at(4)])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 3n,
      expected: hashAt(1),
      found: hashAt(2),
      reason: 'broken-link',
    });
  });

  it('catches a deleted first event', () => {
    expect(verifyStream(stream.slice(1))).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 1n,
      expected: null,
      found: hashAt(0),
      reason: 'broken-link',
    });
  });

  it('catches reordered events', () => {
    expect(verifyStream([at(0), at(1), at(3), at(2), at(4)])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 3n,
      expected: hashAt(1),
      found: hashAt(2),
      reason: 'broken-link',
    });
  });

  it('catches an inserted event, even one hashed and linked correctly', () => {
    const forged = rehashed({
      ...at(2),
      eventId: noted(99).eventId,
      data: { n: 99 },
      metadata: { ...at(2).metadata, previousHash: hashAt(1) },
    });
    expect(verifyStream([at(0), at(1), forged, at(2), at(3), at(4)])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 2n,
      expected: forged.metadata.hash,
      found: hashAt(1),
      reason: 'broken-link',
    });
  });

  it('catches an event renumbered and rehashed to hide a gap', () => {
    const renumbered = rehashed({ ...at(4), revision: 7n, metadata: { ...at(4).metadata } });
    expect(verifyStream([at(0), at(1), at(2), at(3), renumbered])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 7n,
      expected: '4',
      found: '7',
      reason: 'unexpected-revision',
    });
  });

  it('names an event sealed in a hash format it does not know, with the known ones expected', () => {
    expect(stream.map((event) => event.metadata.hashVersion)).toEqual([1, 1, 1, 1, 1]);
    const cases: readonly (readonly [unknown, string])[] = [
      [2, '2'],
      [0, '0'],
      ['1', '"1"'],
    ];
    for (const [hashVersion, found] of cases) {
      expect(verifyStream([at(0), withHashVersion(at(1), hashVersion), at(2), at(3), at(4)])).toEqual({
        ok: false,
        streamId: 'account-1',
        revision: 1n,
        expected: '1',
        found,
        reason: 'unknown-hash-version',
      });
    }
  });

  it('reports data with no canonical form as a mismatch with no expected hash', () => {
    const broken = { ...at(0), data: { n: Number.NaN } };
    expect(verifyStream([broken, ...stream.slice(1)])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 0n,
      expected: null,
      found: hashAt(0),
      reason: 'hash-mismatch',
    });
  });
});
