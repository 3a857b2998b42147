import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { eventHash, type HashInput } from '../../src/index.js';
import { uuid } from '../support/ids.js';

const input: HashInput = {
  streamId: 'account-1',
  revision: 0n,
  eventId: uuid(1),
  type: 'Deposited',
  data: { note: 'café €', currency: 'EUR', amount: 12 },
  schemaVersion: 2,
  commandId: 'command-1',
  correlationId: 'conversation-1',
  causationId: 'message-1',
  recordedAt: '2026-03-02T09:00:00.000Z',
  actor: { role: 'insurer', id: 'acme' },
  previousHash: null,
};

// The canonical form written out by hand: sorted keys, revision as a string, no whitespace.
const canonical =
  '{"actor":{"id":"acme","role":"insurer"},"causationId":"message-1","commandId":"command-1",' +
  '"correlationId":"conversation-1","data":{"amount":12,"currency":"EUR","note":"café €"},' +
  '"eventId":"00000000-0000-4000-8000-000000000001","previousHash":null,' +
  '"recordedAt":"2026-03-02T09:00:00.000Z","revision":"0","schemaVersion":2,"streamId":"account-1","type":"Deposited"}';

describe('eventHash', () => {
  it('is SHA-256 hex over the canonical JSON of the hashed fields', () => {
    const expected = createHash('sha256').update(canonical, 'utf8').digest('hex');
    expect(eventHash(input)).toEqual(E.right(expected));
  });

  it('is pinned, so every store and every release computes the same chain', () => {
    expect(eventHash(input)).toEqual(
      E.right('59d5bf895c706153237fb57817f1e70548e91cd2ac3e180d07c5f75c003956ff'),
    );
  });

  it('covers the command digest, written between causationId and commandId; without one it is left out, as before digests', () => {
    const commandDigest = 'd'.repeat(64);
    const withDigest = canonical.replace(
      '"causationId":"message-1",',
      `"causationId":"message-1","commandDigest":"${commandDigest}",`,
    );
    const expected = createHash('sha256').update(withDigest, 'utf8').digest('hex');
    expect(eventHash({ ...input, commandDigest })).toEqual(E.right(expected));
    // The same text when an envelope string needs escaping, which takes the canonicalize library.
    const escaped = withDigest.replace('"conversation-1"', '"conversation\\n1"');
    expect(eventHash({ ...input, commandDigest, correlationId: 'conversation\n1' })).toEqual(
      E.right(createHash('sha256').update(escaped, 'utf8').digest('hex')),
    );
    expect(eventHash(input)).toEqual(
      E.right('59d5bf895c706153237fb57817f1e70548e91cd2ac3e180d07c5f75c003956ff'),
    );
  });

  it('does not depend on the key order of the data', () => {
    expect(eventHash({ ...input, data: { amount: 12, currency: 'EUR', note: 'café €' } })).toEqual(
      eventHash(input),
    );
  });

  it('changes with every hashed field', () => {
    const variants: readonly HashInput[] = [
      { ...input, streamId: 'account-2' },
      { ...input, revision: 1n },
      { ...input, eventId: uuid(2) },
      { ...input, type: 'Withdrawn' },
      { ...input, data: { amount: 13, currency: 'EUR', note: 'café €' } },
      { ...input, schemaVersion: 3 },
      { ...input, commandId: 'command-2' },
      { ...input, correlationId: 'conversation-2' },
      { ...input, causationId: 'message-2' },
      { ...input, actor: { role: 'insurer', id: 'acme-2' } },
      { ...input, actor: { role: 'seller', id: 'acme' } },
      { ...input, actor: null },
      { ...input, recordedAt: '2026-03-02T09:00:00.001Z' },
      { ...input, previousHash: 'a'.repeat(64) },
      { ...input, commandDigest: 'a'.repeat(64) },
      { ...input, commandDigest: 'b'.repeat(64) },
    ];
    const hashes = new Set([input, ...variants].map((variant) => JSON.stringify(eventHash(variant))));
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('is left when the data has no canonical form', () => {
    expect(eventHash({ ...input, data: { amount: Number.NaN } })).toEqual(E.left('NaN is not allowed'));
  });
});
