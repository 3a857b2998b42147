import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForDisplay, jsonForDisplay } from '../src/index.js';
import { hostileUnits, rawCharacter as raw } from './support/hostile-text.js';

/** Reads a shown value back: it is a JSON string literal's body with `"` left bare. */
const readBack = (shown: string): unknown => JSON.parse(`"${shown.replaceAll('"', '\\"')}"`);

/** Hostile text, and lone surrogates, which only a store or a caller outside the service can hand over. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...hostileUnits),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  ),
  maxLength: 30,
});

describe('escapeForDisplay', () => {
  it.each([
    ['x\nHash chain intact.\n', 'x\\nHash chain intact.\\n'],
    ['a\r\tb', 'a\\r\\tb'],
    ['\u001b[2J\u001b[H', '\\u001b[2J\\u001b[H'],
    [
      '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
      '\\u001b]8;;https://evil.example/\\u001b\\\\click\\u001b]8;;\\u001b\\\\',
    ],
    ['INV-\u202e1002', 'INV-\\u202e1002'],
    [
      '\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d',
      '\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202c\\u202d',
    ],
    ['\u061c\u200e\u200f', '\\u061c\\u200e\\u200f'],
    ['PI\u0000-01', 'PI\\u0000-01'],
    ['\u007f\u0085\u009b', '\\u007f\\u0085\\u009b'],
    ['line\u2028para\u2029', 'line\\u2028para\\u2029'],
    ['zero\u200bwidth\u200d\ufeff\u00ad', 'zero\\u200bwidth\\u200d\\ufeff\\u00ad'],
    ['tag\u{e0041}', 'tag\\udb40\\udc41'],
    ['lone \ud800 and \udc00', 'lone \\ud800 and \\udc00'],
    ['C:\\new', 'C:\\\\new'],
    ['typed \\u001b', 'typed \\\\u001b'],
  ])('shows %j as %s', (text, shown) => {
    expect(escapeForDisplay(text)).toBe(shown);
  });

  it('leaves letters of any script, emoji, quotes and spaces as they are', () => {
    const text = 'Mirrorless 相机 кама́ра مرحبا שלום 📷 👍🏽 "quoted" \u00a0\u3000 end';
    expect(escapeForDisplay(text)).toBe(text);
  });

  it('shows no raw control, format, separator or surrogate character, and reads back exactly', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const shown = escapeForDisplay(text);
        expect(shown).not.toMatch(raw);
        expect(readBack(shown)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('jsonForDisplay', () => {
  it('escapes what JSON.stringify leaves raw, and stays JSON of the same value', () => {
    expect(jsonForDisplay({ reference: 'x\n\u202e\u0085\u2028\\' })).toBe(
      '{"reference":"x\\n\\u202e\\u0085\\u2028\\\\"}',
    );
    fc.assert(
      fc.property(fc.dictionary(anyText, anyText, { maxKeys: 3 }), (value) => {
        const shown = jsonForDisplay(value);
        expect(shown).not.toMatch(raw);
        expect(JSON.parse(shown)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });
});
