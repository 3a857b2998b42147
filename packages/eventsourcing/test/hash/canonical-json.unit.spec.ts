import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/index.js';

describe('canonicalJson (RFC 8785)', () => {
  it('serialises the RFC 8785 section 3.2.2 sample', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toEqual(
      E.right(
        '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
          '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
      ),
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 section 3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Written as text: JSON.parse would put the integer-like key "1" first again.
    const sorted = [
      ['\r', 'Carriage Return'],
      ['1', 'One'],
      ['\u0080', 'Control'],
      ['\u00f6', 'Latin Small Letter O With Diaeresis'],
      ['\u20ac', 'Euro Sign'],
      ['\ud83d\ude00', 'Emoji: Grinning Face'],
      ['\ufb33', 'Hebrew Letter Dalet With Dagesh'],
    ];
    const expected = `{${sorted.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
    expect(canonicalJson(input)).toEqual(E.right(expected));
  });

  it('writes numbers the ECMAScript way', () => {
    expect(canonicalJson([-0, 1e21, 1e-7, 0.1 + 0.2, 100])).toEqual(
      E.right('[0,1e+21,1e-7,0.30000000000000004,100]'),
    );
  });

  it.each([
    ['NaN', Number.NaN, 'NaN is not allowed'],
    ['Infinity', Number.NEGATIVE_INFINITY, 'Infinity is not allowed'],
    ['a lone surrogate', { text: '\ud800' }, 'Lone surrogate is not allowed'],
    ['undefined', undefined, 'undefined has no JSON form'],
  ])('has no canonical form for %s', (_, value, reason) => {
    expect(canonicalJson(value)).toEqual(E.left(reason));
  });
});

describe('canonicalJson and values JSON cannot carry', () => {
  it('refuses a function-valued field instead of writing text that is not JSON', () => {
    expect(canonicalJson({ convert: () => 1 })).toEqual(
      E.left('contains a value JSON cannot carry, such as a function'),
    );
  });

  it('refuses a function inside an array', () => {
    expect(canonicalJson([1, () => 2])).toEqual(
      E.left('contains a value JSON cannot carry, such as a function'),
    );
  });
});
