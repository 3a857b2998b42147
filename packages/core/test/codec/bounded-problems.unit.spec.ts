import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeClaimCommand } from '../../src/index.js';
import { bookParcel, errorOf, expectFirstListedRestCounted, LISTED } from './bounded-problems.js';
import { commandSamples } from './command-samples.js';

describe('a command with very many problems', () => {
  it('lists the first 100 of 100,000 undeclared fields and counts the other 99,900 exactly', () => {
    expectFirstListedRestCounted(100_000);
  });

  it('keeps the message within a bound set by the number listed and the longest path, however long the field names', () => {
    // 1,000 undeclared fields whose names are 10,000 characters of text that needs escaping.
    const data: Record<string, unknown> = { ...bookParcel.data };
    for (let index = 0; index < 1_000; index += 1)
      data[`\u202e"é\n${index}`.padEnd(10_000, 'ж')] = 'x'.repeat(10_000);
    const error = errorOf({ type: 'BookParcel', data });
    // A path names at most 64 characters of a field name, each written in at most 6 ASCII characters
    // (\u202e), between quotes and brackets and followed by `...`; a value is described in at most 60
    // characters of at most 3 UTF-8 bytes each.
    const longestPath = '$.data'.length + '["'.length + 64 * 6 + '"...]'.length;
    const perProblem = longestPath + ': expected no such field, found '.length + 60 * 3 + '; '.length;
    const bound =
      'invalid command BookParcel: '.length + LISTED * perProblem + '; and 900 more problems'.length;
    expect([error.problems.length, error.omitted]).toEqual([LISTED, 900]);
    expect(Buffer.byteLength(error.message)).toBeLessThanOrEqual(bound);
    expect(error.problems[0]).toEqual({
      path: `$.data["\\u202e\\"\\u00e9\\u000a0${'\\u0436'.repeat(59)}"...]`,
      expected: 'no such field',
      found: `"${'x'.repeat(56)}...`,
    });
    expect(error.message.endsWith('; and 900 more problems')).toBe(true);
  });

  it('names a short field name of plain letters, digits, `_`, `$` and `-` after a dot, any other between quotes', () => {
    const error = errorOf({
      type: 'BookParcel',
      data: {
        ...bookParcel.data,
        'fine-name_1$': 1,
        'a.b': 2,
        '': 3,
        [`${'y'.repeat(64)}`]: 4,
        [`${'z'.repeat(65)}`]: 5,
      },
    });
    expect(error.problems.map((p) => p.path)).toEqual([
      '$.data.fine-name_1$',
      '$.data["a.b"]',
      '$.data[""]',
      `$.data.${'y'.repeat(64)}`,
      `$.data["${'z'.repeat(64)}"...]`,
    ]);
  });
});

describe('the longest text of each kind of field', () => {
  const purchase = commandSamples.find((command) => command.type === 'PurchaseInsurance');
  const withField = (
    command: { readonly type: string; readonly data: object } | undefined,
    field: string,
    value: string,
  ) => {
    if (command === undefined) throw new Error('no such sample');
    return { type: command.type, data: { ...command.data, [field]: value } };
  };

  it.each([
    ['free text', 'contents', 'NonEmptyText', 2_000, 'x'],
    ['free text of astral characters, counted in UTF-16 code units', 'contents', 'NonEmptyText', 2_000, '😀'],
    ['a parcel id', 'parcelId', 'ParcelId', 128, 'p'],
    ['a party id', 'sellerId', 'PartyId', 128, 's'],
  ])(
    '%s: %s (%s) of %i characters is accepted, one more is refused naming the limit and the length',
    (_what, field, codec, limit, unit) => {
      const atLimit = unit.repeat(limit / unit.length);
      const over = `${atLimit}x`;
      expect(E.isRight(decodeClaimCommand(withField(bookParcel, field, atLimit)))).toBe(true);
      const problem = {
        path: `$.data.${field}`,
        expected: `${codec} of at most ${limit.toLocaleString('en-US')} characters`,
        found: `${(limit + 1).toLocaleString('en-US')} characters`,
      };
      expect(errorOf(withField(bookParcel, field, over))).toEqual({
        code: 'DecodeError',
        subject: 'command BookParcel',
        problems: [problem],
        omitted: 0,
        message: `invalid command BookParcel: ${problem.path}: expected ${problem.expected}, found ${problem.found}`,
      });
    },
  );

  it('a calendar id of 128 characters is accepted, 129 refused naming the limit and the length', () => {
    const atLimit = `weekends:${'A'.repeat(119)}`;
    expect(E.isRight(decodeClaimCommand(withField(purchase, 'payerCalendar', atLimit)))).toBe(true);
    expect(errorOf(withField(purchase, 'payerCalendar', `${atLimit}A`)).problems).toEqual([
      {
        path: '$.data.payerCalendar',
        expected: 'CalendarId of at most 128 characters',
        found: '129 characters',
      },
    ]);
  });

  it('a claim id of 128 characters is accepted, 129 refused naming the limit and the length', () => {
    const pay = commandSamples.find((command) => command.type === 'PayClaim');
    expect(E.isRight(decodeClaimCommand(withField(pay, 'claimId', 'c'.repeat(128))))).toBe(true);
    expect(errorOf(withField(pay, 'claimId', 'c'.repeat(129))).problems).toEqual([
      { path: '$.data.claimId', expected: 'ClaimId of at most 128 characters', found: '129 characters' },
    ]);
  });
});

describe('a lone surrogate', () => {
  it.each([
    ['a high surrogate', 'broken \ud800 text', '\\ud800', 7],
    ['a low surrogate', '\udc00 first', '\\udc00', 0],
    ['a high surrogate at the end', `emoji 😀 and half \ud83d`, '\\ud83d', 18],
  ])('in free text (%s) is refused at its path, naming where it is', (_what, text, escaped, index) => {
    expect(errorOf({ ...bookParcel, data: { ...bookParcel.data, contents: text } }).problems).toEqual([
      {
        path: '$.data.contents',
        expected: 'NonEmptyText',
        found: `a lone surrogate (${escaped}) at index ${index}`,
      },
    ]);
  });

  it('in an undeclared field name is written escaped in the path', () => {
    expect(errorOf({ type: 'BookParcel', data: { ...bookParcel.data, 'a\ud800': 1 } }).problems).toEqual([
      { path: '$.data["a\\ud800"]', expected: 'no such field', found: '1' },
    ]);
  });
});

describe('deep nesting', () => {
  it('of 100,000 arrays in an undeclared field is refused at the field without overflowing the stack', () => {
    let deep: unknown = [];
    for (let level = 1; level < 100_000; level += 1) deep = [deep];
    expect(errorOf({ type: 'BookParcel', data: { ...bookParcel.data, extra: deep } }).problems).toEqual([
      { path: '$.data.extra', expected: 'no such field', found: `${'['.repeat(57)}...` },
    ]);
  });

  it('of 100,000 objects in place of a field is described by its first 57 characters', () => {
    let deep: unknown = {};
    for (let level = 1; level < 100_000; level += 1) deep = { a: deep };
    expect(errorOf({ type: 'BookParcel', data: { ...bookParcel.data, contents: deep } }).problems).toEqual([
      { path: '$.data.contents', expected: 'NonEmptyText', found: `${'{"a":'.repeat(11)}{"...` },
    ]);
  });
});
