import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/index.js';
import { referenceCanonicalJson, unicodeJson } from '../support/canonical-reference.js';

const reference = referenceCanonicalJson;

// Any JSON, with full Unicode strings and keys (lone surrogates included).
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** The value as the parse of its own canonical text: keys in canonical order, so the fast path applies. */
const canonicalOrder = (value: unknown): unknown => {
  const text = reference(value);
  return E.isRight(text) ? JSON.parse(text.right) : value;
};

describe('canonicalJson agrees with canonicalize on every value', () => {
  it('on any JSON value, keys in any order', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        expect(canonicalJson(value)).toEqual(reference(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('on JSON with keys already in canonical order, the values the store hashes', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        const ordered = canonicalOrder(value);
        expect(canonicalJson(ordered)).toEqual(reference(ordered));
      }),
      { numRuns: 1000 },
    );
  });

  it('on any Unicode strings and keys, lone surrogates included', () => {
    fc.assert(
      fc.property(unicodeJson, fc.boolean(), (value, ordered) => {
        const input = ordered ? canonicalOrder(value) : value;
        expect(canonicalJson(input)).toEqual(reference(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('on values that are not plain JSON', () => {
    const nullPrototype = Object.assign(Object.create(null), { a: 1, b: [2] });
    class Tagged extends Array<number> {}
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    let deep: unknown = 1;
    for (let level = 0; level < 100; level += 1) deep = { a: deep };
    let deepArray: unknown = 1;
    for (let level = 0; level < 100; level += 1) deepArray = [deepArray];
    const values: readonly unknown[] = [
      nullPrototype,
      { b: 1, a: 2 },
      { 10: 'ten', 9: 'nine' },
      { a: 1, a0: 2, b: 3 },
      { '': 0, a: 1 },
      { a: '\ud800' },
      { '\udc00': 1 },
      { a: new Date(Date.UTC(2026, 0, 5)) },
      { a: undefined, b: 1 },
      [1, undefined, 2],
      // biome-ignore lint/suspicious/noSparseArray: a hole is the point
      [1, , 2],
      Tagged.from([1, 2]),
      { n: Object(1) },
      { n: 10n },
      { f: () => 1 },
      { s: Symbol('s') },
      { x: Number.NaN },
      { x: -0 },
      cyclic,
      deep,
      deepArray,
      'text',
      12.5,
      true,
      null,
      undefined,
    ];
    expect(values.map(canonicalJson)).toEqual(values.map(reference));
  });
});
