import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type EventToAppend, type SealedText, sealEventsAsText, verifyStreamText } from '../../src/index.js';
import { noted } from '../support/events.js';

const sealed = sealEventsAsText({
  streamId: 'account-1',
  nextRevision: 0n,
  previousHash: null,
  events: [noted(1), noted(2, { data: { n: 2, note: 'a "quoted" word' } }), noted(3)],
});
if (E.isLeft(sealed)) throw sealed.left;
const [first, second, third] = sealed.right;
if (first === undefined || second === undefined || third === undefined) throw new Error('three events');
const hashOf = (event: SealedText): string => event.metadata.hash;

/** The event sealed as the second of the stream, after `first`. */
const sealOne = (event: EventToAppend): SealedText => {
  const one = sealEventsAsText({
    streamId: 'account-1',
    nextRevision: 1n,
    previousHash: hashOf(first),
    events: [event],
  });
  if (E.isLeft(one)) throw one.left;
  const [only] = one.right;
  if (only === undefined) throw new Error('one event');
  return only;
};

/** The event with its `hashVersion` replaced by any value, as a store could hand it over. */
const withHashVersion = (event: SealedText, hashVersion: unknown): SealedText => {
  const metadata = { ...event.metadata };
  Reflect.set(metadata, 'hashVersion', hashVersion);
  return { ...event, metadata };
};

describe('verifyStreamText', () => {
  it('accepts the text a store sealed, and an empty stream', () => {
    expect(second.dataText).toBe('{"n":2,"note":"a \\"quoted\\" word"}');
    expect(verifyStreamText([first, second, third])).toEqual({ ok: true });
    expect(verifyStreamText([])).toEqual({ ok: true });
  });

  it('names an event sealed in a hash format it does not know, with the known ones expected', () => {
    expect([first, second, third].map((event) => event.metadata.hashVersion)).toEqual([1, 1, 1]);
    const cases: readonly (readonly [unknown, string])[] = [
      [2, '2'],
      [0, '0'],
      ['1', '"1"'],
    ];
    for (const [hashVersion, found] of cases) {
      expect(verifyStreamText([first, second, withHashVersion(third, hashVersion)])).toEqual({
        ok: false,
        streamId: 'account-1',
        revision: 2n,
        expected: '1',
        found,
        reason: 'unknown-hash-version',
      });
    }
  });

  it('accepts the same value written with other spacing and key order, as an older release wrote it', () => {
    const respaced = { ...second, dataText: '{ "note": "a \\"quoted\\" word", "n": 2 }' };
    expect(verifyStreamText([first, respaced, third])).toEqual({ ok: true });
  });

  it('names a changed value with the hash of what is stored now', () => {
    const changed = { ...second, dataText: '{"n":22,"note":"a \\"quoted\\" word"}' };
    const rehashed = sealEventsAsText({
      streamId: 'account-1',
      nextRevision: 1n,
      previousHash: hashOf(first),
      events: [noted(2, { data: { n: 22, note: 'a "quoted" word' } })],
    });
    if (E.isLeft(rehashed)) throw rehashed.left;
    expect(verifyStreamText([first, changed, third])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 1n,
      expected: rehashed.right[0]?.metadata.hash,
      found: hashOf(second),
      reason: 'hash-mismatch',
    });
  });

  it('reports data text that is not JSON as a mismatch with no expected hash', () => {
    const broken = { ...second, dataText: '{"n":2,"note":"a \\"quoted\\" word"' };
    expect(verifyStreamText([first, broken, third])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 1n,
      expected: null,
      found: hashOf(second),
      reason: 'hash-mismatch',
    });
  });

  it('does not let a field carry part of the data: the bytes match, the event does not', () => {
    // Data whose text ends with an eventId key, cut short, and the rest moved into the event id:
    // quoted as they are, the two would make exactly the bytes that were sealed.
    const sealedTail = sealOne(noted(2, { data: { a: 1, eventId: 'zz' } }));
    const moved = {
      ...sealedTail,
      dataText: '{"a":1',
      eventId: `zz"},"eventId":"${sealedTail.eventId}`,
    };
    expect(sealedTail.dataText).toBe('{"a":1,"eventId":"zz"}');
    expect(verifyStreamText([first, moved])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 1n,
      expected: null,
      found: hashOf(sealedTail),
      reason: 'hash-mismatch',
    });
  });

  it('tells a lone surrogate from the U+FFFD that UTF-8 would write for it, in the data and in the envelope', () => {
    const replacement = sealOne(noted(2, { data: { s: '\uFFFD' } }));
    const inData = { ...replacement, dataText: '{"s":"\uD800"}' };
    const inEnvelope = { ...replacement, metadata: { ...replacement.metadata, commandId: 'x\uD800' } };
    const withReplacement = sealOne(noted(2, { metadata: { ...noted(2).metadata, commandId: 'x\uFFFD' } }));
    const inCommandId = {
      ...withReplacement,
      metadata: { ...withReplacement.metadata, commandId: 'x\uD800' },
    };
    expect(verifyStreamText([first, replacement])).toEqual({ ok: true });
    expect(verifyStreamText([first, withReplacement])).toEqual({ ok: true });
    for (const [stored, sealedAs] of [
      [inData, replacement],
      [inEnvelope, replacement],
      [inCommandId, withReplacement],
    ] as const) {
      expect(verifyStreamText([first, stored])).toEqual({
        ok: false,
        streamId: 'account-1',
        revision: 1n,
        expected: null,
        found: hashOf(sealedAs),
        reason: 'hash-mismatch',
      });
    }
  });

  it('checks text with control characters by its value, as sealing escaped them', () => {
    const controls = sealOne(noted(2, { data: { s: 'tab\there' }, type: 'Noted\u0001' }));
    expect(controls.dataText).toBe('{"s":"tab\\there"}');
    expect(verifyStreamText([first, controls])).toEqual({ ok: true });
    const raw = { ...controls, dataText: '{"s":"tab\there"}' };
    expect(verifyStreamText([first, raw])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 1n,
      expected: null,
      found: hashOf(controls),
      reason: 'hash-mismatch',
    });
  });

  it('catches a deleted event by its link', () => {
    expect(verifyStreamText([first, third])).toEqual({
      ok: false,
      streamId: 'account-1',
      revision: 2n,
      expected: hashOf(first),
      found: hashOf(second),
      reason: 'broken-link',
    });
  });
});
