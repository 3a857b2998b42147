import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oversizedInputProblem } from '../../src/index.js';

const LIMIT = 65_536;

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/** `{ value, p0, p1, … }` with strings of `x` making exactly `bytes` of JSON, or null when `value` is too big. */
const paddedTo = (value: unknown, bytes: number): Record<string, unknown> | null => {
  const padded: Record<string, unknown> = { value };
  let size = jsonBytes(padded);
  for (let index = 0; size < bytes; index += 1) {
    const key = `p${index}`;
    // `,"pN":""` before the text of the field.
    const room = bytes - size - (key.length + 6);
    if (room < 0) return null;
    // Leave room for the next field's name when this one does not take the rest.
    const length = room <= 2_000 ? room : Math.min(2_000, room - 10);
    padded[key] = 'x'.repeat(length);
    size += key.length + 6 + length;
  }
  if (jsonBytes(padded) !== bytes) throw new Error(`padded to ${jsonBytes(padded)} bytes, not ${bytes}`);
  return size === bytes ? padded : null;
};

const tooManyBytes = {
  path: '$',
  expected: 'at most 65,536 bytes of JSON',
  found: 'more than 65,536 bytes',
};

describe('oversizedInputProblem', () => {
  it('counts the bytes of any JSON value exactly as JSON.stringify writes them in UTF-8', () => {
    // Any Unicode text, lone surrogates included (JSON.stringify writes those escaped).
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const json = fc.jsonValue({ maxDepth: 6, stringUnit: 'binary' });
    fc.assert(
      fc.property(fc.oneof(json, fc.dictionary(text, json, { maxKeys: 8 })), (value) => {
        const atLimit = paddedTo(value, LIMIT);
        const over = paddedTo(value, LIMIT + 1);
        if (atLimit === null || over === null) throw new Error('the sample is larger than the limit');
        expect([oversizedInputProblem(atLimit), oversizedInputProblem(over)]).toEqual([
          undefined,
          tooManyBytes,
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('names the first value past a limit and stops there', () => {
    const long = 'y'.repeat(2_001);
    expect(oversizedInputProblem({ a: [1, { b: long }], c: long })).toEqual({
      path: '$.a[1].b',
      expected: 'at most 2,000 characters',
      found: '2,001 characters',
    });
    expect(oversizedInputProblem(long)).toEqual({
      path: '$',
      expected: 'at most 2,000 characters',
      found: '2,001 characters',
    });
  });

  it('counts values JSON has no form for as null, as JSON writes them in an array', () => {
    const atLimit = paddedTo([undefined, () => 1, Symbol('s'), Number.NaN, Number.POSITIVE_INFINITY], LIMIT);
    const over = paddedTo([undefined, () => 1, Symbol('s'), Number.NaN, Number.POSITIVE_INFINITY], LIMIT + 1);
    expect([oversizedInputProblem(atLimit), oversizedInputProblem(over)]).toEqual([undefined, tooManyBytes]);
  });
});
