import { createHash } from 'node:crypto';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { eventHashOfCanonicalData } from '../../src/hash/event-hash.js';
import { canonicalJson, eventHash, type HashInput } from '../../src/index.js';
import { referenceCanonicalJson, unicodeJson } from '../support/canonical-reference.js';

/** eventHash as it was: SHA-256 of the canonicalize library's text of the whole input. */
const reference = (input: HashInput): E.Either<string, string> =>
  E.map((text: string) => createHash('sha256').update(text, 'utf8').digest('hex'))(
    referenceCanonicalJson({
      streamId: input.streamId,
      revision: input.revision.toString(),
      eventId: input.eventId,
      type: input.type,
      data: input.data,
      schemaVersion: input.schemaVersion,
      commandId: input.commandId,
      correlationId: input.correlationId,
      causationId: input.causationId,
      ...(input.commandDigest === undefined ? {} : { commandDigest: input.commandDigest }),
      recordedAt: input.recordedAt,
      actor: input.actor === null ? null : { role: input.actor.role, id: input.actor.id },
      previousHash: input.previousHash,
    }),
  );

// Mostly ordinary text, sometimes any UTF-16 (lone surrogates included).
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant('\ud800'));

const hashInput: fc.Arbitrary<HashInput> = fc.record(
  {
    streamId: text,
    revision: fc.bigInt({ min: 0n, max: 2n ** 63n }),
    eventId: text,
    type: text,
    data: fc.oneof(unicodeJson, fc.constant({ a: Number.NaN }), fc.constant([1, undefined])),
    schemaVersion: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)),
    commandId: text,
    correlationId: text,
    causationId: text,
    recordedAt: text,
    actor: fc.option(fc.record({ role: text, id: text })),
    commandDigest: text,
    previousHash: fc.option(text),
  },
  {
    // The digest is absent from events written before digests were recorded.
    requiredKeys: [
      'streamId',
      'revision',
      'eventId',
      'type',
      'data',
      'schemaVersion',
      'commandId',
      'correlationId',
      'causationId',
      'recordedAt',
      'actor',
      'previousHash',
    ],
  },
);

describe('eventHash agrees with hashing the canonicalize text of the whole input', () => {
  it('on any input, whatever its strings, numbers and data', () => {
    fc.assert(
      fc.property(hashInput, (input) => {
        expect(eventHash(input)).toEqual(reference(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('also when given the canonical text of the data', () => {
    fc.assert(
      fc.property(hashInput, (input) => {
        const dataText = canonicalJson(input.data);
        if (E.isRight(dataText))
          expect(eventHashOfCanonicalData(input, dataText.right)).toEqual(reference(input));
      }),
      { numRuns: 2000 },
    );
  });
});
