import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/codec/decode-error.js';
import { describeValue } from '../../src/codec/describe-value.js';
import { Money } from '../../src/index.js';

/** The validation errors of a decoding the test expects to fail. */
const errorsOf = <A>(decoded: t.Validation<A>): t.Errors => {
  if (E.isRight(decoded)) throw new Error(`expected a failure, decoded ${JSON.stringify(decoded.right)}`);
  return decoded.left;
};

describe('closed codecs', () => {
  it('accept exactly the declared fields in is(), and nothing more', () => {
    expect([
      Money.is({ minorUnits: 1250, currency: 'CNY' }),
      Money.is({ minorUnits: 1250, currency: 'CNY', note: 'a tip' }),
      Money.is(null),
      Money.is('CNY 12.50'),
    ]).toEqual([true, false, false, false]);
  });

  it('report a wrong declared field alone, not the undeclared field beside it', () => {
    const errors = errorsOf(Money.decode({ minorUnits: -1, currency: 'CNY', note: 'a tip' }));
    expect(decodeError('money', errors)).toEqual({
      code: 'DecodeError',
      omitted: 0,
      subject: 'money',
      problems: [{ path: '$.minorUnits', expected: 'MinorUnits', found: '-1' }],
      message: 'invalid money: $.minorUnits: expected MinorUnits, found -1',
    });
  });

  it('report each undeclared field at its path with the value found there', () => {
    const errors = errorsOf(Money.decode({ minorUnits: 1250, currency: 'CNY', note: 'a tip', tip: 2 }));
    expect(decodeError('money', errors)).toEqual({
      code: 'DecodeError',
      omitted: 0,
      subject: 'money',
      problems: [
        { path: '$.note', expected: 'no such field', found: '"a tip"' },
        { path: '$.tip', expected: 'no such field', found: '2' },
      ],
      message:
        'invalid money: $.note: expected no such field, found "a tip"; $.tip: expected no such field, found 2',
    });
  });

  it('name an undeclared field with a type that no value satisfies', () => {
    const [error] = errorsOf(Money.decode({ minorUnits: 1250, currency: 'CNY', note: 'a tip' }));
    const entry = error?.context[error.context.length - 1];
    const type = entry?.type;
    expect(
      type instanceof t.Type
        ? [entry?.key, type.name, type.is('a tip'), type.is(undefined), type.validate('a tip', [])]
        : 'not a type',
    ).toEqual(['note', 'no such field', false, false, E.left([{ value: 'a tip', context: [] }])]);
  });
});

describe('decodeError', () => {
  it('writes a problem without context at the root, expecting an unknown type', () => {
    expect(decodeError('thing', [{ value: 5, context: [] }])).toEqual({
      code: 'DecodeError',
      omitted: 0,
      subject: 'thing',
      problems: [{ path: '$', expected: 'unknown', found: '5' }],
      message: 'invalid thing: $: expected unknown, found 5',
    });
  });

  it('reads a context whose first entry already names a field', () => {
    expect(decodeError('thing', [{ value: 1, context: [{ key: 'a', type: t.string, actual: 1 }] }])).toEqual({
      code: 'DecodeError',
      omitted: 0,
      subject: 'thing',
      problems: [{ path: '$.a', expected: 'string', found: '1' }],
      message: 'invalid thing: $.a: expected string, found 1',
    });
  });

  it('writes only all-digit keys as array indices, of any length', () => {
    const codec = t.type({ items: t.array(t.type({ x1: t.type({ '1x': t.string }) })) });
    const items = Array.from({ length: 11 }, () => ({ x1: { '1x': 'fine' } }));
    const errors = errorsOf(codec.decode({ items: [...items.slice(0, 10), { x1: { '1x': 7 } }] }));
    expect(decodeError('thing', errors).problems).toEqual([
      { path: '$.items[10].x1.1x', expected: 'string', found: '7' },
    ]);
  });

  it('joins what each member of a union expected at the same path, found value from the first', () => {
    const unit = t.union([t.literal('working-days'), t.literal('calendar-days')]);
    expect(decodeError('unit', errorsOf(unit.decode('weeks')))).toEqual({
      code: 'DecodeError',
      omitted: 0,
      subject: 'unit',
      problems: [{ path: '$', expected: '"working-days" | "calendar-days"', found: '"weeks"' }],
      message: 'invalid unit: $: expected "working-days" | "calendar-days", found "weeks"',
    });
  });
});

describe('describeValue', () => {
  it('names values JSON cannot write by their kind', () => {
    const circular: { self?: object } = {};
    circular.self = circular;
    expect([
      describeValue(undefined),
      describeValue(10n),
      describeValue(circular),
      describeValue(Symbol('s')),
      describeValue(() => 1),
    ]).toEqual(['nothing', 'bigint', 'object', 'symbol', 'function']);
  });

  it('keeps JSON of up to 60 characters whole and cuts longer JSON to 57 characters and an ellipsis', () => {
    const sixty = `"${'x'.repeat(58)}"`;
    expect([describeValue('x'.repeat(58)), describeValue('x'.repeat(59))]).toEqual([
      sixty,
      `"${'x'.repeat(56)}...`,
    ]);
  });
});
