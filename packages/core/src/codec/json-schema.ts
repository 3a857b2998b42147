import * as t from 'io-ts';
import { CalendarId } from '../calendar/business-calendar.js';
import { DayCount } from '../calendar/day-count.js';
import { PositiveInteger } from '../calendar/positive-integer.js';
import { claimCommandRegistry } from '../commands/claim-command.js';
import { claimEventRegistry } from '../events/claim-event.js';
import { ClaimId, CommandId, NonEmptyText, ParcelId, PartyId, PieceId, TraceId } from '../ids.js';
import { DecimalText } from '../money/decimal-text.js';
import { ExchangeRate } from '../money/exchange.js';
import { MinorUnits } from '../money/money.js';
import { PolicyId } from '../policy/policy.js';
import { CommandTime } from '../time/command-time.js';
import { Instant } from '../time/instant.js';
import { LocalDate } from '../time/local-date.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { WorkingDaysUsed } from '../vocabulary/information.js';
import { isClosedShape } from './closed.js';
import { maxLengthOf } from './max-length.js';

/**
 * Writes JSON Schemas (draft 2020-12) from the event and command codecs: one document per type,
 * and one per union. Used at build time only (`pnpm generate` runs
 * `packages/core/scripts/generate-schemas.mjs`, which writes `docs/schemas/`; a test fails while the
 * files differ from what this returns). Pure: it reads the codecs and returns plain JSON.
 */

/** A JSON Schema, as plain JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * What a schema states of one brand: the keywords added to its base type's, what it means, and
 * whether the keywords are all the brand checks (`exact`) or only a necessary part of it. Numbers
 * are compared as JSON Schema compares them, as values: `-0` is `0`.
 */
export interface BrandSchema {
  readonly name: string;
  readonly keywords: JsonSchema;
  readonly description: string;
  readonly exact: boolean;
  /** A value the brand accepts, for examples written from the codecs alone. */
  readonly example: unknown;
}

const SAFE_INTEGER = { type: 'integer', maximum: Number.MAX_SAFE_INTEGER } as const;
const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]*$';
const ID_TEXT = 'ASCII letters, digits and `._:-`, starting with a letter or digit';
const DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const TIME = 'T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{3})?Z';
const DAY_OF_MONTH = 'JSON Schema does not state that the day exists in its month (`2026-02-30` is refused)';
const UTF16 =
  'lengths count UTF-16 code units and JSON Schema counts code points, and lone surrogates are refused, which JSON Schema does not state';

/** One entry of {@link brandSchemas}. */
const brand = (
  codec: t.Mixed,
  name: string,
  exact: boolean,
  keywords: JsonSchema,
  example: unknown,
  description: string,
): readonly [t.Mixed, BrandSchema] => [codec, { name, keywords, description, exact, example }];

const brandEntries: readonly (readonly [t.Mixed, BrandSchema])[] = [
  ...[ParcelId, ClaimId, PartyId, PieceId].map((codec) =>
    brand(
      codec,
      codec.name,
      true,
      { pattern: ID_PATTERN },
      `${codec.name.slice(0, -2).toLowerCase()}-1`,
      ID_TEXT,
    ),
  ),
  brand(
    CommandId,
    'CommandId',
    true,
    { pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' },
    '7f1d0c3e-0000-4000-8000-000000000001',
    'A lower-case UUID chosen by the caller; repeating a command with the same id changes nothing',
  ),
  brand(
    NonEmptyText,
    'NonEmptyText',
    false,
    { minLength: 1, pattern: '\\S' },
    'A line of text',
    `Free text that is not only whitespace; ${UTF16}`,
  ),
  brand(
    TraceId,
    'TraceId',
    false,
    { minLength: 1, pattern: '^\\P{Cc}*$' },
    'trace-1',
    `One line of text without control characters; ${UTF16}`,
  ),
  brand(
    Instant,
    'Instant',
    false,
    { pattern: `^${DATE}${TIME}$` },
    '2026-01-20T02:00:00.000Z',
    `An ISO 8601 UTC instant, milliseconds optional; ${DAY_OF_MONTH}`,
  ),
  brand(
    CommandTime,
    'CommandTime',
    false,
    { pattern: `^(?:19[7-9]\\d|[2-8]\\d{3})${DATE.slice(5)}${TIME}$` },
    '2026-01-20T02:00:00.000Z',
    `An ISO 8601 UTC instant in the years 1970 to 8999; ${DAY_OF_MONTH}`,
  ),
  brand(
    LocalDate,
    'LocalDate',
    false,
    { pattern: `^${DATE}$` },
    '2026-01-20',
    `A calendar day without a zone, YYYY-MM-DD; ${DAY_OF_MONTH}`,
  ),
  brand(
    MinorUnits,
    'MinorUnits',
    true,
    { ...SAFE_INTEGER, minimum: 0 },
    1250,
    'A whole, non-negative number of minor units that a JavaScript number holds exactly; `-0` is refused, which JSON Schema (where -0 is 0) does not state',
  ),
  brand(
    PositiveInteger,
    'PositiveInteger',
    true,
    { ...SAFE_INTEGER, minimum: 1 },
    1,
    'A whole number of at least 1 that a JavaScript number holds exactly',
  ),
  brand(
    DayCount,
    'DayCount',
    true,
    { type: 'integer', minimum: 1, maximum: 3650 },
    30,
    'A whole number of days from 1 to 3650',
  ),
  brand(
    WorkingDaysUsed,
    'WorkingDaysUsed',
    true,
    { type: 'integer', minimum: 0, maximum: 3650 },
    3,
    'A whole number of working days from 0 to 3650',
  ),
  brand(
    DecimalText,
    'DecimalText',
    true,
    { pattern: '^(?=.*[1-9])(?:0|[1-9][0-9]{0,14})(?:\\.[0-9]{1,12})?$' },
    '7.8125',
    'An exact decimal above zero written as text: at most 15 digits before the point, 1 to 12 after it',
  ),
  brand(
    CalendarId,
    'CalendarId',
    true,
    { pattern: '^[a-z0-9-]+(?::[A-Za-z0-9_+\\-/]+)?$' },
    'cn-mainland',
    'A calendar: `cn-mainland`, or `weekends:<IANA zone>` such as `weekends:Europe/Berlin`',
  ),
  brand(
    PolicyId,
    'PolicyId',
    true,
    { pattern: '^[a-z0-9][a-z0-9.-]*$' },
    'parcel-standard',
    'Lower-case letters, digits, `.` and `-`, starting with a letter or digit',
  ),
  brand(
    ContentHash,
    'ContentHash',
    true,
    { pattern: '^sha256:[0-9a-f]{64}$' },
    `sha256:${'a'.repeat(64)}`,
    "SHA-256 of a document's bytes: `sha256:` and 64 lower-case hex digits",
  ),
  brand(
    CountryCode,
    'CountryCode',
    true,
    { pattern: '^[A-Z]{2}$' },
    'CN',
    'An ISO 3166-1 alpha-2 country code, upper case',
  ),
  brand(
    ExchangeRate,
    'ExchangeRate',
    false,
    {},
    { from: 'USD', to: 'CNY', rate: '7.1234', date: '2026-01-19', source: 'PBOC central parity' },
    'How many units of `to` one unit of `from` buys; `from` and `to` differ, which JSON Schema does not state',
  ),
];

/** What the schemas state of each brand the codecs use, by codec. */
export const brandSchemas: ReadonlyMap<t.Mixed, BrandSchema> = new Map(brandEntries);

/** Where the schemas are published: each document's `$id` is this followed by its path under `docs/schemas/`. */
export const schemaBase = 'https://raw.githubusercontent.com/parcel-claims/parcel-claims/main/docs/schemas/';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

// A codec given a name of its own (`Money`, `CurrencyCode`) is written once under `$defs`.
const OWN_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** The schema of one codec, its named parts collected into `defs`. */
const schemaWith = (defs: Map<string, { codec: t.Mixed; schema: JsonSchema }>) => {
  const schemaOf = (codec: t.Mixed): JsonSchema => {
    const brand = brandSchemas.get(codec);
    const name = brand?.name ?? (OWN_NAME.test(codec.name) ? codec.name : undefined);
    if (name === undefined) return bodyOf(codec);
    const known = defs.get(name);
    if (known !== undefined && known.codec !== codec) throw new Error(`two codecs are named ${name}`);
    if (known === undefined) {
      const entry = { codec, schema: {} };
      defs.set(name, entry);
      entry.schema = bodyOf(codec);
    }
    return { $ref: `#/$defs/${name}` };
  };

  const bodyOf = (codec: t.Mixed): JsonSchema => {
    if (codec.is(undefined)) throw new Error(`${codec.name} accepts undefined`);
    if (codec instanceof t.StringType) return { type: 'string' };
    if (codec instanceof t.NumberType) return { type: 'number' };
    if (codec instanceof t.BooleanType) return { type: 'boolean' };
    if (codec instanceof t.NullType) return { type: 'null' };
    if (codec instanceof t.LiteralType) return { const: codec.value };
    if (codec instanceof t.KeyofType) return { type: 'string', enum: Object.keys(codec.keys) };
    if (codec instanceof t.ArrayType) return { type: 'array', items: schemaOf(codec.type) };
    if (codec instanceof t.UnionType) {
      const members: readonly t.Mixed[] = codec.types;
      return { anyOf: members.map(schemaOf) };
    }
    if (codec instanceof t.InterfaceType) {
      if (!isClosedShape(codec)) throw new Error(`${codec.name} is not a closed shape`);
      const props: t.Props = codec.props;
      const properties = Object.fromEntries(
        Object.entries(props).map(([key, field]) => [key, schemaOf(field)]),
      );
      return { type: 'object', properties, required: Object.keys(props), additionalProperties: false };
    }
    if (codec instanceof t.RefinementType) {
      const brand = brandSchemas.get(codec);
      if (brand === undefined)
        throw new Error(`${codec.name} is a refinement with no entry in brandSchemas (codec/json-schema.ts)`);
      const maxLength = maxLengthOf(codec);
      return {
        description: brand.description,
        ...bodyOf(codec.type),
        ...brand.keywords,
        ...(maxLength === undefined ? {} : { maxLength }),
        examples: [brand.example],
      };
    }
    throw new Error(`no schema written for ${codec.name}`);
  };
  return schemaOf;
};

/** One schema document: its path under `docs/schemas/` and its content. */
export interface SchemaFile {
  readonly path: string;
  readonly schema: JsonSchema;
}

/** The document of one codec, every named part under `$defs` in the order first met. */
export const schemaDocument = (
  path: string,
  title: string,
  description: string,
  codec: t.Mixed,
): SchemaFile => {
  const defs = new Map<string, { codec: t.Mixed; schema: JsonSchema }>();
  const root = schemaWith(defs)(codec);
  const $defs = Object.fromEntries([...defs].map(([name, { schema }]) => [name, schema]));
  return {
    path,
    schema: {
      $schema: DRAFT,
      $id: `${schemaBase}${path}`,
      title,
      description,
      ...root,
      ...(defs.size === 0 ? {} : { $defs }),
    },
  };
};

const unionDocument = (path: string, description: string, members: readonly string[]): SchemaFile => ({
  path,
  schema: {
    $schema: DRAFT,
    $id: `${schemaBase}${path}`,
    title: path.replace('.schema.json', ''),
    description,
    oneOf: members.map((member) => ({ $ref: member })),
  },
});

/** A type of the registries and what a schema says it is. */
export interface DocumentedType {
  readonly type: string;
  readonly summary: string;
}

/**
 * Every schema: `commands/<Type>.schema.json` and `events/<Type>.schema.json` for each type of the
 * registries, in their order, then `ClaimCommand.schema.json` and `ClaimEvent.schema.json`, each
 * one of its types. `summaryOf` gives the sentence that describes a type.
 */
export const claimSchemas = (
  summaryOf: (kind: 'command' | 'event', type: string) => string,
): SchemaFile[] => {
  const commands = Object.values(claimCommandRegistry).map(({ type, codec, roles }) =>
    schemaDocument(
      `commands/${type}.schema.json`,
      type,
      `${summaryOf('command', type)} Sent by: ${roles.join(', ')}.`,
      codec,
    ),
  );
  const events = Object.values(claimEventRegistry).map(({ type, codec }) =>
    schemaDocument(`events/${type}.schema.json`, type, summaryOf('event', type), codec),
  );
  return [
    ...commands,
    ...events,
    unionDocument(
      'ClaimCommand.schema.json',
      'Every command on a parcel stream: the one its `type` names.',
      commands.map((file) => file.path),
    ),
    unionDocument(
      'ClaimEvent.schema.json',
      'Every event of a parcel stream: the one its `type` names.',
      events.map((file) => file.path),
    ),
  ];
};
