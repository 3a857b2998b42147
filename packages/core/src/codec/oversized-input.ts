import type { DecodeProblem } from './decode-error.js';
import { formatCount } from './format-count.js';
import { inputLimits } from './input-limits.js';
import { pathTo } from './json-path.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Text JSON writes as it is, one byte a character: printable ASCII but the quote and the backslash. */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Control characters JSON writes with a two-character escape (`\b \t \n \f \r`); the others take six. */
const shortEscapes = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The UTF-8 bytes of `text` as a JSON string, quotes and escapes included. */
const jsonStringBytes = (text: string): number => {
  if (PLAIN_TEXT.test(text)) return text.length + 2;
  let bytes = 2;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x20) bytes += shortEscapes.has(unit) ? 2 : 6;
    else if (unit === QUOTE || unit === BACKSLASH) bytes += 2;
    else if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit < 0xd800 || unit > 0xdfff) bytes += 3;
    else if (unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    }
    // A lone surrogate is written escaped, `\ud800`.
    else bytes += 6;
  }
  return bytes;
};

/** The bytes JSON writes for a value that holds no other: `null` for what JSON has no form for. */
const leafBytes = (value: unknown): number => {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'bigint':
      return String(value).length;
    default:
      return 4;
  }
};

/**
 * Where a value sits: the keys from the root, innermost first. The walk builds the text of a path
 * only for the value it refuses, so walking a valid command builds none.
 */
interface Place {
  readonly outer: Place | undefined;
  readonly key: string;
}

const pathOf = (place: Place | undefined): string => {
  const keys: string[] = [];
  for (let at = place; at !== undefined; at = at.outer) keys.push(at.key);
  return keys.reduceRight((path, key) => pathTo(path, key), '$');
};

const { commandBytes, depth, arrayItems, textLength } = inputLimits;

const tooManyBytes: DecodeProblem = {
  path: '$',
  expected: `at most ${formatCount(commandBytes)} bytes of JSON`,
  found: `more than ${formatCount(commandBytes)} bytes`,
};

const tooLong = (place: Place | undefined, what: string, length: number): DecodeProblem => ({
  path: pathOf(place),
  expected: `${what}at most ${formatCount(textLength)} characters`,
  found: `${formatCount(length)} characters`,
});

const tooDeep = (place: Place | undefined): DecodeProblem => ({
  path: pathOf(place),
  expected: `at most ${depth} levels of nesting`,
  found: `more than ${depth} levels`,
});

const tooManyItems = (place: Place | undefined, length: number): DecodeProblem => ({
  path: pathOf(place),
  expected: `at most ${formatCount(arrayItems)} items`,
  found: `${formatCount(length)} items`,
});

/** The bytes of JSON still allowed as the walk goes; below zero once the input is past the limit. */
interface Budget {
  left: number;
}

/**
 * Walks the value at `key` of the value at `outer` (the root when `key` is undefined), `level`
 * levels deep. Recursion goes at most `depth` levels: anything deeper is refused before it is
 * entered. A place is made only for objects and arrays, and its path written only when refused.
 */
const walk = (
  budget: Budget,
  value: unknown,
  outer: Place | undefined,
  key: string | undefined,
  level: number,
): DecodeProblem | undefined => {
  if (typeof value === 'string') {
    if (value.length > textLength)
      return tooLong(key === undefined ? outer : { outer, key }, '', value.length);
    budget.left -= jsonStringBytes(value);
    return budget.left < 0 ? tooManyBytes : undefined;
  }
  if (typeof value !== 'object' || value === null) {
    budget.left -= leafBytes(value);
    return budget.left < 0 ? tooManyBytes : undefined;
  }
  const place = key === undefined ? outer : { outer, key };
  if (level > depth) return tooDeep(place);
  if (Array.isArray(value)) {
    if (value.length > arrayItems) return tooManyItems(place, value.length);
    budget.left -= 2 + Math.max(0, value.length - 1);
    if (budget.left < 0) return tooManyBytes;
    for (let index = 0; index < value.length; index += 1) {
      const problem = walk(budget, value[index], place, String(index), level + 1);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  const names = Object.keys(value);
  // The braces of an empty object; of any other, the opening one (each field counts what follows it).
  budget.left -= names.length === 0 ? 2 : 1;
  for (const name of names) {
    if (name.length > textLength)
      return tooLong({ outer: place, key: name }, 'a field name of ', name.length);
    // The name, its colon, and the comma or brace after the field.
    budget.left -= jsonStringBytes(name) + 2;
    if (budget.left < 0) return tooManyBytes;
    const problem = walk(budget, Reflect.get(value, name), place, name, level + 1);
    if (problem !== undefined) return problem;
  }
  return budget.left < 0 ? tooManyBytes : undefined;
};

/**
 * The first way `input` goes past the structural limits of {@link inputLimits}, or undefined:
 * more than `commandBytes` of JSON (at `$`), an object or array nested deeper than `depth`
 * levels (at the first value past it), an array of more than `arrayItems` items, or a string or
 * field name longer than `textLength` (at its path). The walk stops at the first problem, so a
 * string of a gigabyte or a hundred thousand levels of nesting are refused after reading about
 * `commandBytes` of them (an object's field names are listed whole, as JavaScript lists them,
 * before the first is read). Values JSON has no form for are counted as `null`; a value that
 * holds itself is too deep.
 *
 * @example
 * const problem = oversizedInputProblem(JSON.parse(body));
 * if (problem !== undefined) return reply.code(422).send(problem);
 */
export const oversizedInputProblem = (input: unknown): DecodeProblem | undefined =>
  walk({ left: commandBytes }, input, undefined, undefined, 1);
