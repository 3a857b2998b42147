import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainEvents, type EventToAppend, sealEventsAsText } from '../../src/index.js';
import { unicodeJson } from '../support/canonical-reference.js';
import { noted } from '../support/events.js';

/** Batches of events whose data is any JSON, sometimes with a value JSON cannot carry. */
const batch: fc.Arbitrary<readonly EventToAppend[]> = fc
  .array(fc.oneof(unicodeJson, fc.constant({ a: Number.NaN })), { minLength: 1, maxLength: 5 })
  .map((datas) => datas.map((data, n) => ({ ...noted(n + 1), data })));

describe('sealEventsAsText', () => {
  it('seals as chainEvents does, with the data kept as the canonical text chainEvents parses back', () => {
    fc.assert(
      fc.property(batch, fc.option(fc.constant('ab'.repeat(32)), { nil: null }), (events, previousHash) => {
        const input = {
          streamId: 'account-1',
          nextRevision: previousHash === null ? 0n : 4n,
          previousHash,
          events,
        };
        const asText = sealEventsAsText(input);
        const parsed = chainEvents(input);
        if (E.isLeft(parsed)) {
          expect(asText).toEqual(parsed);
          return;
        }
        expect(E.isRight(asText)).toBe(true);
        if (E.isLeft(asText)) return;
        expect(
          asText.right.map(({ dataText, ...envelope }) => ({ ...envelope, data: JSON.parse(dataText) })),
        ).toEqual(parsed.right);
        expect(asText.right.map((sealed) => sealed.dataText)).toEqual(
          events.map((event) => E.getOrElse(() => 'not JSON')(canonicalJson(event.data))),
        );
      }),
    );
  });
});
