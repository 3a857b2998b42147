import { CommandTime, claimCommandRegistry, currencyCodes, DayCount } from '@parcel-claims/core';
import fc from 'fast-check';
import * as t from 'io-ts';
import { arbAnyCommand } from './commands.js';

/** The kinds of value a command field holds, named after the codec that checks it. */
type LeafKind =
  | 'uuid'
  | 'instant'
  | 'command-time'
  | 'id'
  | 'text'
  | 'hash'
  | 'enum'
  | 'country'
  | 'calendar'
  | 'currency'
  | 'policy-id'
  | 'positive-integer'
  | 'day-count'
  | 'minor-units'
  | 'boolean'
  | 'list'
  | 'nullable'
  | 'nullable-text';

/** A command's shape, read from its codec: objects with their fields, and leaves. */
type Shape =
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, Shape> }
  | { readonly kind: LeafKind };

const leafKinds: Readonly<Record<string, LeafKind>> = {
  CommandId: 'uuid',
  Instant: 'instant',
  [CommandTime.name]: 'command-time',
  ParcelId: 'id',
  ClaimId: 'id',
  PartyId: 'id',
  NonEmptyText: 'text',
  ContentHash: 'hash',
  CountryCode: 'country',
  CalendarId: 'calendar',
  CurrencyCode: 'currency',
  PolicyId: 'policy-id',
  PositiveInteger: 'positive-integer',
  [DayCount.name]: 'day-count',
  MinorUnits: 'minor-units',
  boolean: 'boolean',
};

const isCodec = (value: unknown): value is t.Mixed => value instanceof t.Type;

/** The shape a codec checks. Throws for a codec it does not know, so a new kind of field is noticed. */
const shapeOf = (codec: t.Mixed): Shape => {
  if (codec instanceof t.InterfaceType) {
    const props: unknown = codec.props;
    if (typeof props !== 'object' || props === null) throw new Error(`codec ${codec.name} has no props`);
    const fields = new Map<string, Shape>();
    for (const [key, field] of Object.entries(props)) {
      if (isCodec(field)) fields.set(key, shapeOf(field));
    }
    return { kind: 'object', fields };
  }
  const kind = leafKinds[codec.name];
  if (kind !== undefined) return { kind };
  if (codec instanceof t.KeyofType || codec instanceof t.LiteralType) return { kind: 'enum' };
  // Lists (pieces, boxes, rates, piece ids) and nullable values are broken whole, at their own path.
  if (codec instanceof t.ArrayType) return { kind: 'list' };
  if (codec instanceof t.UnionType && codec.types.some((member: t.Mixed) => member instanceof t.NullType)) {
    // Text or null (a partial approval's reason): any string is of the right type, so wrong ones are not strings.
    const inner = codec.types.find((member: t.Mixed) => !(member instanceof t.NullType));
    const innerKind = isCodec(inner) ? leafKinds[inner.name] : undefined;
    return { kind: innerKind === 'text' ? 'nullable-text' : 'nullable' };
  }
  throw new Error(`no malformed values are known for codec ${codec.name}`);
};

/** The shape of each command type, `{ type, data }` included. */
const commandShapes: ReadonlyMap<string, Shape> = new Map(
  Object.values(claimCommandRegistry).map(({ type, codec }) => [type, shapeOf(codec)] as const),
);

/** One malformed command: the input, the JSON path of its one defect, and what the defect is. */
export interface MalformedCommand {
  readonly input: unknown;
  /** Where the decoder must report the problem, e.g. `$.data.declaredValue.minorUnits`. */
  readonly path: string;
  /** The command type the input was made from. */
  readonly type: string;
  /** What was done, e.g. `negative amount`, `missing field`. */
  readonly defect: string;
}

interface Defect {
  readonly defect: string;
  /** `undefined` with `missing` removes the field. */
  readonly value: unknown;
  readonly missing?: boolean;
}

const cyclic = (): unknown => {
  const node: { self?: unknown } = {};
  node.self = node;
  return node;
};

const defect = (name: string, values: fc.Arbitrary<unknown>): fc.Arbitrary<Defect> =>
  values.map((value) => ({ defect: name, value }));

const hugeString = fc
  .tuple(fc.constantFrom(2_001, 10_000, 100_000, 1_000_000), fc.constantFrom('x', 'é', '9', ' ', '€'))
  .map(([length, char]) => char.repeat(length));

/** Text with one surrogate code unit that has no partner: no store can keep it, UTF-8 has no form for it. */
const loneSurrogateText = fc
  .tuple(fc.string({ maxLength: 10 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 10 }))
  .map(([before, unit, after]) => `${before}${String.fromCharCode(unit)}${after}`);

/** Arrays inside arrays, deeper than any command goes: a stack-overflow attempt. */
const deepNesting = fc
  .oneof(fc.integer({ min: 17, max: 100 }), fc.constantFrom(10_000, 100_000))
  .map((levels) => {
    let value: unknown = [];
    for (let level = 1; level < levels; level += 1) value = [value];
    return value;
  });

/** Arrays longer than the edge lets through, some of them sparse. */
const longArray = fc.oneof(
  fc.integer({ min: 1_001, max: 2_000 }).map((length) => Array<number>(length).fill(0)),
  fc.constantFrom(2 ** 20, 2 ** 32 - 1).map((length) => new Array<unknown>(length)),
);

/** Values JSON has no form for, as an untyped caller could still pass them. */
const nonJson: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  12n,
  Symbol('s'),
  () => 1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  new Date(0),
  new Map([['a', 1]]),
);

const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant(cyclic()),
);
const notANumber = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer().map(String),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({}),
);
const notABoolean = fc.oneof(
  fc.constantFrom<unknown>('true', 'false', 1, 0, null, [], {}),
  fc.string({ maxLength: 5 }),
);
const notAnObject = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constantFrom<unknown>(new Date(0), new Map(), 12n, Symbol('o'), () => ({})),
);

const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));
const year = fc.constantFrom('2025', '2026');
const time = fc.constantFrom('T09:30:00Z', 'T09:30:00.000Z', 'T00:00:00Z');
const impossibleDay = fc.constantFrom(
  '02-30',
  '02-31',
  '04-31',
  '06-31',
  '09-31',
  '11-31',
  '13-01',
  '00-10',
  '01-00',
  '01-32',
);

/** Timestamps that are not UTC ISO 8601 instants: impossible dates and times, offsets, zone names. */
const badInstants: fc.Arbitrary<Defect>[] = [
  defect(
    'impossible date',
    fc.oneof(
      fc.tuple(year, impossibleDay, time).map(([y, d, rest]) => `${y}-${d}${rest}`),
      time.map((rest) => `2025-02-29${rest}`),
    ),
  ),
  defect(
    'impossible time',
    fc
      .tuple(year, fc.constantFrom('T24:00:00Z', 'T23:60:00Z', 'T23:59:60Z', 'T99:00:00Z'))
      .map(([y, rest]) => `${y}-03-02${rest}`),
  ),
  defect(
    'wrong or unknown time zone',
    fc
      .tuple(
        year,
        fc.constantFrom(
          '+01:00',
          '-05:00',
          '+00:00',
          '+08:00',
          ' CET',
          ' Europe/Berlin',
          '[Mars/Olympus]',
          'z',
          '',
        ),
      )
      .map(([y, zone]) => `${y}-03-02T09:30:00${zone}`),
  ),
  defect(
    'not an ISO 8601 instant',
    fc.constantFrom(
      '2026-03-02',
      '2026-03-02 09:30:00Z',
      '1772443800000',
      '02/03/2026 09:30',
      '2026-03-02T09:30:00.1234Z',
      '+002026-03-02T09:30:00Z',
      '',
      'now',
    ),
  ),
];

const sqlInjection = fc.constantFrom(
  "x'); DROP TABLE events; --",
  "' OR '1'='1",
  'a"b',
  'back\\slash',
  'nul\u0000byte',
);

const valueDefects = (kind: LeafKind): fc.Arbitrary<Defect>[] => {
  switch (kind) {
    case 'uuid':
      return [
        defect(
          'not a lower-case UUID',
          fc.oneof(
            fc.uuid({ version: 4 }).map((id) => id.toUpperCase()),
            fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '{uuid}'),
            fc.uuid({ version: 4 }).map((id) => ` ${id}`),
          ),
        ),
        defect('injection attempt', sqlInjection),
      ];
    case 'instant':
      return badInstants;
    case 'command-time':
      return [
        ...badInstants,
        defect(
          'outside the years 1970 to 8999',
          fc.constantFrom(
            '0000-01-01T00:00:00Z',
            '1969-12-31T23:59:59.999Z',
            '9000-01-01T00:00:00Z',
            '9999-12-31T23:59:59.999Z',
          ),
        ),
      ];
    case 'id':
      return [
        defect(
          'malformed id',
          fc.constantFrom('', ' ', '-lead', 'a b', 'a/b', 'é', 'x'.repeat(129), 'tab\there'),
        ),
        defect('injection attempt', sqlInjection),
      ];
    case 'text':
      return [defect('blank text', fc.constantFrom('', ' ', '   ', '\n\t'))];
    case 'hash':
      return [
        defect(
          'malformed content hash',
          fc.oneof(
            hex(64).map((h) => `sha256:${h.toUpperCase()}A`),
            hex(63).map((h) => `sha256:${h}`),
            hex(32).map((h) => `md5:${h}`),
            fc.constantFrom('', 'sha256:'),
          ),
        ),
      ];
    case 'enum':
      return [
        defect(
          'unknown value',
          fc.constantFrom('', 'unknown', 'LOSS', 'Seller', '__proto__', 'constructor', 'toString', 'loss '),
        ),
      ];
    case 'country':
      return [
        defect('malformed country code', fc.constantFrom('', 'de', 'DEU', 'D', 'D1', ' DE', 'Deutschland')),
      ];
    case 'calendar':
      return [
        defect(
          'malformed calendar id',
          fc.constantFrom(
            '',
            'Weekends:Europe/Berlin',
            'weekends:Europe Berlin',
            'weekends:',
            ':Europe/Berlin',
            'cn mainland',
            'weekends:Europe/Berlin\n',
          ),
        ),
      ];
    case 'currency':
      return [
        defect(
          'unknown currency',
          fc.oneof(
            fc.constantFrom('', 'usd', 'XXX', 'XAU', 'XTS', 'EURO', 'E', '€', 'BTC', 'toString', '__proto__'),
            fc.stringMatching(/^[A-Z]{3}$/).filter((code) => !currencyCodes.some((known) => known === code)),
          ),
        ),
      ];
    case 'policy-id':
      return [
        defect('malformed policy id', fc.constantFrom('', 'Parcel-Standard', '-x', 'a'.repeat(65), 'a b')),
      ];
    case 'positive-integer':
      return [
        defect('zero or negative count', fc.integer({ min: -1_000_000, max: 0 })),
        defect(
          'fractional count',
          fc
            .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
            .filter((n) => !Number.isInteger(n)),
        ),
        defect('unsafe integer', fc.constantFrom(2 ** 53, 1e21, Number.MAX_VALUE)),
      ];
    case 'day-count':
      return [
        ...valueDefects('positive-integer'),
        defect('more days than ten years', fc.constantFrom(3_651, 1_000_000, Number.MAX_SAFE_INTEGER)),
      ];
    case 'minor-units':
      return [
        defect('negative amount', fc.integer({ min: -1_000_000_000, max: -1 })),
        defect(
          'fractional amount',
          fc
            .double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true })
            .filter((n) => !Number.isInteger(n)),
        ),
        defect('unsafe amount', fc.constantFrom(2 ** 53, 1e21, Number.MAX_VALUE, -0)),
        defect('amount as text', fc.integer({ min: 0, max: 1_000_000 }).map(String)),
      ];
    case 'boolean':
    case 'list':
    case 'nullable':
    case 'nullable-text':
      return [];
  }
};

type JsonKind = 'object' | 'number' | 'boolean' | 'string' | 'list' | 'nullable' | 'nullable-text';

/** How JSON carries each kind of value: a new kind does not compile until it says. */
const jsonKindOf: { readonly [K in Shape['kind']]: JsonKind } = {
  object: 'object',
  uuid: 'string',
  instant: 'string',
  'command-time': 'string',
  id: 'string',
  text: 'string',
  hash: 'string',
  enum: 'string',
  country: 'string',
  calendar: 'string',
  currency: 'string',
  'policy-id': 'string',
  'positive-integer': 'number',
  'day-count': 'number',
  'minor-units': 'number',
  boolean: 'boolean',
  list: 'list',
  nullable: 'nullable',
  'nullable-text': 'nullable-text',
};

const wrongValueFor: { readonly [J in JsonKind]: fc.Arbitrary<unknown> } = {
  list: fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant({}),
  ),
  nullable: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean()),
  'nullable-text': fc.oneof(fc.integer(), fc.boolean(), fc.constant({})),
  object: notAnObject,
  number: notANumber,
  boolean: notABoolean,
  string: notAString,
};

const wrongType = (shape: Shape): fc.Arbitrary<unknown> => wrongValueFor[jsonKindOf[shape.kind]];

const isStringKind = (shape: Shape): boolean => jsonKindOf[shape.kind] === 'string';

/** Defects that replace or remove the value at a path whose shape is `shape`. */
const defectsAt = (shape: Shape, removable: boolean): fc.Arbitrary<Defect>[] => [
  defect('wrong type', wrongType(shape)),
  defect('not JSON', nonJson),
  ...(removable ? [fc.constant<Defect>({ defect: 'missing field', value: undefined, missing: true })] : []),
  ...(isStringKind(shape)
    ? [defect('huge string', hugeString), defect('lone surrogate', loneSurrogateText)]
    : []),
  defect('deep nesting', deepNesting),
  defect('long array', longArray),
  ...(shape.kind === 'object' ? [] : valueDefects(shape.kind)),
];

const reservedKeys = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf');

/** A field name the object does not declare. */
const extraKey = (fields: ReadonlyMap<string, Shape>): fc.Arbitrary<string> =>
  fc.oneof(fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,11}$/), reservedKeys).filter((key) => !fields.has(key));

/** A place in a command where a defect can go: a path of keys from the root and its shape. */
interface Site {
  readonly keys: readonly string[];
  readonly shape: Shape;
}

const sitesOf = (shape: Shape, keys: readonly string[] = []): Site[] => {
  const here: Site = { keys, shape };
  if (shape.kind !== 'object') return [here];
  return [here, ...[...shape.fields].flatMap(([key, field]) => sitesOf(field, [...keys, key]))];
};

const jsonPath = (keys: readonly string[]): string => keys.reduce((path, key) => `${path}.${key}`, '$');

const asRecord = (value: unknown): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) throw new Error('a command site is not an object');
  return Object.fromEntries(Object.entries(value));
};

/** A copy of `value` with the value at `keys` replaced (or removed), every object on the way copied. */
const replaced = (
  value: unknown,
  keys: readonly string[],
  change: Defect | { readonly add: [string, unknown] },
): unknown => {
  const [key, ...rest] = keys;
  if (key === undefined) {
    if (!('add' in change)) return change.value;
    return Object.fromEntries([...Object.entries(asRecord(value)), change.add]);
  }
  const record = asRecord(value);
  const entries = Object.entries(record).filter(([name]) => name !== key);
  if (rest.length === 0 && !('add' in change) && change.missing === true) return Object.fromEntries(entries);
  return Object.fromEntries([...entries, [key, replaced(record[key], rest, change)]]);
};

/** Inputs that are not a command at all: the problem is at `$`. */
const notACommand: fc.Arbitrary<Defect> = fc.oneof(
  defect(
    'not JSON text',
    fc.constantFrom(
      '{"type":"BookParcel","data":',
      'not json',
      '',
      '{type: BookParcel}',
      "{'type':'PayClaim'}",
    ),
  ),
  defect(
    'wrong type',
    fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })),
  ),
  defect(
    'not JSON',
    fc.constantFrom<unknown>(12n, Symbol('c'), () => 1, Number.NaN, undefined),
  ),
  defect('huge string', hugeString),
  defect('deep nesting', deepNesting),
  defect('long array', longArray),
);

/** Commands whose `type` is missing, unknown or not a string: the problem is at `$.type`. */
const badTypeDefects: fc.Arbitrary<Defect>[] = [
  defect(
    'unknown command type',
    fc.oneof(
      fc.constantFrom(
        'bookParcel',
        'BookParcel ',
        '',
        'DROP TABLE events',
        '__proto__',
        'constructor',
        'Book Parcel',
      ),
      hugeString,
    ),
  ),
  defect('wrong type', notAString),
  fc.constant<Defect>({ defect: 'missing field', value: undefined, missing: true }),
];

const mutated = (type: string, command: unknown): fc.Arbitrary<MalformedCommand> => {
  const shape = commandShapes.get(type);
  if (shape === undefined) throw new Error(`no shape for command type ${type}`);
  const sites = sitesOf(shape);
  return fc.constantFrom(...sites).chain((site) => {
    const path = jsonPath(site.keys);
    const at = (d: Defect): MalformedCommand => ({
      input: replaced(command, site.keys, d),
      path,
      type,
      defect: d.defect,
    });
    if (site.keys.length === 0) {
      return fc.oneof(
        notACommand.map((d) => ({ input: d.value, path: '$', type, defect: d.defect })),
        shape.kind === 'object'
          ? extraKey(shape.fields).map((key) => ({
              input: replaced(command, [], { add: [key, 1] }),
              path: `$.${key}`,
              type,
              defect: 'extra field',
            }))
          : fc.constant({ input: null, path: '$', type, defect: 'wrong type' }),
      );
    }
    if (path === '$.type') return fc.oneof(...badTypeDefects).map(at);
    const extras =
      site.shape.kind === 'object'
        ? [
            fc.tuple(extraKey(site.shape.fields), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => ({
              input: replaced(command, site.keys, { add: [key, value] }),
              path: `${path}.${key}`,
              type,
              defect: 'extra field',
            })),
          ]
        : [];
    return fc.oneof(...defectsAt(site.shape, true).map((d) => d.map(at)), ...extras);
  });
};

/**
 * Malformed commands made by breaking one thing in a well-formed one: a wrong type, a missing or
 * extra field, a huge string, a lone surrogate, arrays nested deeper than any command or longer
 * than the edge takes, a negative or fractional amount, an unknown currency, an impossible date, a
 * time with an offset or zone name, a value JSON cannot carry, or input that is not a command at
 * all. Each carries the JSON path the decoder must name; a problem of nesting is named at the
 * value that goes past the limit, below that path.
 */
export const arbMalformedCommand = (
  wellFormed: fc.Arbitrary<{ readonly type: string; readonly data: unknown }> = arbAnyCommand,
): fc.Arbitrary<MalformedCommand> => wellFormed.chain((command) => mutated(command.type, command));
