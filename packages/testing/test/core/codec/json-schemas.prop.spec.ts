import { readdirSync, readFileSync } from 'node:fs';
import { ClaimCommand, ClaimEvent, claimCommandRegistry, claimEventRegistry } from '@parcel-claims/core';
import { foundingStory } from '@parcel-claims/core/founding-story';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { brandSchemas } from '../../../../core/src/codec/json-schema.js';
import { type Json, jsonOf, leavesOf } from '../../../../core/test/codec/json.js';
import { arbAnyCommand, arbHistory, historyPaths } from '../../../src/index.js';
import { arbOrder, brokenAtMostOnce, changeAt, reorderKeys } from '../support/broken-once.js';
import { referenceIs } from '../support/reference-is.js';

// The schemas as published: the files under docs/schemas/ (a test of the core keeps them equal to
// what the codecs generate), compiled by a validator of draft 2020-12 in strict mode.
const schemaDirectory = new URL('../../../../../docs/schemas/', import.meta.url);
const ajv = new Ajv2020({ strict: true, allErrors: true });
for (const entry of readdirSync(schemaDirectory, { recursive: true, withFileTypes: true })) {
  if (entry.isFile()) ajv.addSchema(JSON.parse(readFileSync(`${entry.parentPath}/${entry.name}`, 'utf8')));
}
const base = 'https://raw.githubusercontent.com/parcel-claims/parcel-claims/main/docs/schemas/';
const validator = (path: string): ValidateFunction => {
  const validate = ajv.getSchema(`${base}${path}`);
  if (validate === undefined) throw new Error(`no schema ${path}`);
  return validate;
};

const codecs = new Map<string, { codec: t.Mixed; schema: ValidateFunction; union: ValidateFunction }>([
  ...Object.values(claimCommandRegistry).map(
    ({ type, codec }) =>
      [
        type,
        {
          codec,
          schema: validator(`commands/${type}.schema.json`),
          union: validator('ClaimCommand.schema.json'),
        },
      ] as const,
  ),
  ...Object.values(claimEventRegistry).map(
    ({ type, codec }) =>
      [
        type,
        {
          codec,
          schema: validator(`events/${type}.schema.json`),
          union: validator('ClaimEvent.schema.json'),
        },
      ] as const,
  ),
]);

/** The brands whose schema states all they check; the others only a necessary part (their base type and more). */
const statedExactly = (refinement: t.Mixed): boolean => brandSchemas.get(refinement)?.exact === true;

const arbEvent = fc
  .oneof(...historyPaths.map((path) => arbHistory({ path })))
  .filter((history) => history.events.length > 0)
  .chain((history) => fc.constantFrom(...history.events))
  .map((event) => jsonOf(ClaimEvent.encode(event)));

// Near misses of a string or a number: what breaks a pattern, a length or a bound by a little, which
// a random replacement seldom does.
const nearMisses = (value: string | number): Json[] =>
  typeof value === 'number'
    ? [
        value + 1,
        value - 1,
        value === 0 ? -1 : -value,
        value + 0.5,
        value * 1_000,
        Number.MAX_SAFE_INTEGER + 1,
      ]
    : [
        '',
        value.slice(1),
        value.slice(0, -1),
        `${value.charAt(0)}${value}`,
        `${value}${value.charAt(value.length - 1)}`,
        value.toLowerCase(),
        value.toUpperCase(),
        ` ${value}`,
        `${value}\n`,
        `${value}\u0000`,
        `${value}\ud800`,
        `${value}é`,
        value.replace(/[0-9]/, 'x'),
        value.replace(/[a-z]/, '-'),
        value.repeat(30),
      ];

/** Every document with one string or number leaf changed to one of its near misses. */
const nearMissesOf = (valid: Json): Json[] =>
  leavesOf(valid).flatMap((leaf) =>
    typeof leaf.value === 'string' || typeof leaf.value === 'number'
      ? nearMisses(leaf.value).map((changed) => changeAt(valid, leaf.segments, () => changed))
      : [],
  );

const arbDocument = fc
  .oneof(
    arbEvent,
    arbAnyCommand.map((command) => jsonOf(ClaimCommand.encode(command))),
  )
  .chain((json) => arbOrder.chain((order) => brokenAtMostOnce(reorderKeys(json, order))))
  .map((json) => ({
    json,
    type: json !== null && typeof json === 'object' && 'type' in json ? json.type : undefined,
  }));

const errorsOf = (validate: ValidateFunction): string => JSON.stringify(validate.errors);

/**
 * Expects the schema of the document's type, and the union of its kind, to accept it when the codec
 * does, and to refuse it when the codec refuses it for a reason they state (the codec with the
 * loosely stated brands checked as their base type alone refuses it too).
 */
const agreeOn = (
  { codec, schema, union }: { codec: t.Mixed; schema: ValidateFunction; union: ValidateFunction },
  json: Json,
): 'accepted' | 'refused' | 'stated loosely' => {
  if (codec.is(json)) {
    expect(schema(json), errorsOf(schema)).toBe(true);
    expect(union(json), errorsOf(union)).toBe(true);
    return 'accepted';
  }
  if (referenceIs(codec, statedExactly)(json)) return 'stated loosely';
  expect(schema(json), JSON.stringify(json)).toBe(false);
  expect(union(json)).toBe(false);
  return 'refused';
};

describe('the JSON Schemas agree with the codecs, for events of reachable histories and well-formed commands, valid or broken once anywhere', () => {
  it('a document the codec accepts is valid against its schema and its union; one it refuses for a reason a schema can state is invalid against both', () => {
    let refused = 0;
    fc.assert(
      fc.property(arbDocument, ({ json, type }) => {
        const known = typeof type === 'string' ? codecs.get(type) : undefined;
        if (known === undefined) {
          // The type itself was broken: no schema of the union takes it.
          expect(
            validator('ClaimCommand.schema.json')(json) || validator('ClaimEvent.schema.json')(json),
          ).toBe(false);
          return;
        }
        if (agreeOn(known, json) === 'refused') refused += 1;
      }),
      { numRuns: 1_000 },
    );
    // Most broken documents break what a schema states: the property is not carried by the valid ones alone.
    expect(refused).toBeGreaterThan(200);
  });
});

describe('what the schemas state loosely, and what they still refuse', () => {
  const [first] = foundingStory;
  const withNow = (now: string) => ({ ...first, data: { ...first?.data, now } });
  const bookParcelSchema = validator('commands/BookParcel.schema.json');

  it.each([
    ['2026-02-28T23:59:59.999Z', true, true],
    ['2024-02-29T00:00:00Z', true, true],
    ['2026-02-29T00:00:00Z', false, true],
    ['2026-02-30T00:00:00Z', false, true],
    ['2026-13-01T00:00:00Z', false, false],
    ['2026-01-01T24:00:00Z', false, false],
    ['1969-12-31T23:59:59Z', false, false],
    ['9000-01-01T00:00:00Z', false, false],
    ['2026-01-01T00:00:00+00:00', false, false],
    ['2026-01-01T00:00:00.5Z', false, false],
  ])('now %s: the codec accepts it %s, the schema %s', (now, codecAccepts, schemaAccepts) => {
    expect(ClaimCommand.is(withNow(now))).toBe(codecAccepts);
    expect(bookParcelSchema(withNow(now))).toBe(schemaAccepts);
  });
});

describe('the JSON Schemas agree with the codecs on near misses: every string and number of valid documents changed by a little', () => {
  const samples = fc.sample(
    fc.oneof(
      arbEvent,
      arbAnyCommand.map((command) => jsonOf(ClaimCommand.encode(command))),
    ),
    {
      seed: 20,
      numRuns: 150,
    },
  );

  it('every near miss of 150 documents (events of reachable histories and commands of every type)', () => {
    let refused = 0;
    for (const valid of samples) {
      const type = Reflect.get(Object(valid), 'type');
      const known = codecs.get(type);
      if (known === undefined) throw new Error(`no codec for ${String(type)}`);
      for (const json of nearMissesOf(valid)) if (agreeOn(known, json) === 'refused') refused += 1;
    }
    expect(refused).toBeGreaterThan(1_000);
  });
});

describe('numbers are values to a schema: -0, which the codecs refuse as an amount, is 0 to it', () => {
  it('an amount of -0 minor units: the codec refuses it, the schema accepts it', () => {
    const [first] = foundingStory;
    const data = { ...first?.data, goodsValue: { minorUnits: -0, currency: 'CNY' } };
    expect(ClaimCommand.is({ ...first, data })).toBe(false);
    expect(validator('commands/BookParcel.schema.json')({ ...first, data })).toBe(true);
  });
});
