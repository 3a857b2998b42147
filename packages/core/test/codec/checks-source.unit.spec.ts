import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { type CheckedUnion, checksSource } from '../../src/codec/checks-source.js';
import { closed } from '../../src/codec/closed.js';

const Code = t.brand(
  t.string,
  (s): s is t.Branded<string, { readonly Code: unique symbol }> => s !== '',
  'Code',
);

const unionOf = (data: t.Mixed): CheckedUnion => ({
  record: 'checks',
  module: 'events/claim-event.js',
  unionType: 'ClaimEvent',
  tagType: 'ClaimEventType',
  memberType: 'EventOf',
  members: [closed({ type: t.literal('Happened'), data })],
});

const writing =
  (data: t.Mixed, exported: Readonly<Record<string, unknown>> = {}) =>
  () =>
    checksSource([{ path: 'ids.js', exports: exported }], [unionOf(data)]);

const PairShape = closed({ low: t.number, high: t.number });
type PairShape = t.TypeOf<typeof PairShape>;
const ordered = (p: PairShape): boolean => p.low < p.high;
const Pair = new t.RefinementType(
  'Pair',
  (u): u is PairShape => PairShape.is(u) && ordered(u),
  PairShape.validate,
  PairShape.encode,
  PairShape,
  ordered,
);

describe('checksSource refuses what it cannot write exactly', () => {
  it('an open io-ts shape, whose undeclared keys it would not refuse', () => {
    expect(writing(t.type({ a: t.string }))).toThrow('{ a: string } is not a closed shape');
  });

  it('a brand no checked module exports, whose predicate it could not name', () => {
    expect(writing(closed({ code: Code }))).toThrow('Code is not exported by any checked module');
  });

  it('a field that accepts undefined, which io-ts tells apart from a missing field', () => {
    expect(writing(closed({ a: t.union([t.string, t.undefined]) }))).toThrow(
      '(string | undefined) accepts undefined',
    );
  });

  it('a refinement of a codec other than a string, a number or an object shape', () => {
    const Listed = t.brand(
      t.array(t.string),
      (a): a is t.Branded<string[], { readonly Listed: unique symbol }> => a.length > 0,
      'Listed',
    );
    expect(writing(closed({ listed: Listed }), { Listed })).toThrow(
      'Listed refines neither a string, a number nor an object shape',
    );
  });

  it('a codec it has no check for', () => {
    expect(writing(closed({ a: t.record(t.string, t.number) }))).toThrow(
      'no check written for { [K in string]: number }',
    );
  });

  it('names a brand by the module that exports it, and takes its predicate once', () => {
    const source = writing(closed({ first: Code, second: Code }), { Code })();
    expect(source).toContain("import { Code } from '../ids.js';");
    expect(source.match(/predicateOf\(Code\)/g)).toEqual(['predicateOf(Code)']);
    expect(source).toContain('  if (!isCode(first)) return false;\n');
    expect(source).toContain('  if (!isCode(second)) return false;\n');
  });

  it('checks a refined object shape as the shape first, then by its predicate', () => {
    const source = writing(closed({ pair: Pair }), { Pair })();
    expect(source).toContain('const pairPredicate = predicateOf(Pair);\n');
    expect(source).toContain('  if (!isPair(pair)) return false;\n');
    expect(source).toContain('const isPair = (u: unknown): boolean => isPairShape(u) && pairPredicate(u);\n');
    expect(source).toContain("  if (typeof low !== 'number') return false;\n");
  });
});
