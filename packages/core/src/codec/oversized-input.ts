import type { DecodeProblem } from './decode-error.js';
import { formatCount } from './format-count.js';
import { inputLimits } from './input-limits.js';
import { pathTo } from './json-path.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Control characters JSON writes with a two-character escape (`\b \t \n \f \r`); the others take six. */
const shortEscapes = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The UTF-8 bytes of `text` as a JSON string, quotes and escapes included. */
const jsonStringBytes = (text: string): number => {
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

const tooLong = (path: string, what: string, length: number): DecodeProblem => ({
  path,
  expected: `${what}at most ${formatCount(inputLimits.textLength)} characters`,
  found: `${formatCount(length)} characters`,
});

/**
 * The first way `input` goes past the structural limits of {@link inputLimits}, or undefined:
 * more than `commandBytes` of JSON (at `$`), an object or array nested deeper than `depth`
 * levels (at the first value past it), an array of more than `arrayItems` items, or a string or
 * field name longer than `textLength` (at its path). The walk stops at the first problem, so its
 * cost is bounded by the limits, not by the input: a million fields, a string of a gigabyte or a
 * hundred thousand levels of nesting are refused after reading about `commandBytes` of them.
 * Values JSON has no form for are counted as `null`; a value that holds itself is too deep.
 *
 * @example
 * const problem = oversizedInputProblem(JSON.parse(body));
 * if (problem !== undefined) return reply.code(422).send(problem);
 */
export const oversizedInputProblem = (input: unknown): DecodeProblem | undefined => {
  const { commandBytes, depth, arrayItems, textLength } = inputLimits;
  let bytes = 0;
  const tooManyBytes = (): DecodeProblem => ({
    path: '$',
    expected: `at most ${formatCount(commandBytes)} bytes of JSON`,
    found: `more than ${formatCount(commandBytes)} bytes`,
  });
  const count = (more: number): DecodeProblem | undefined => {
    bytes += more;
    return bytes > commandBytes ? tooManyBytes() : undefined;
  };
  // Recursion goes at most `depth` levels deep: the walk refuses anything deeper before entering it.
  const visit = (value: unknown, path: string, level: number): DecodeProblem | undefined => {
    if (typeof value === 'string')
      return value.length > textLength ? tooLong(path, '', value.length) : count(jsonStringBytes(value));
    if (typeof value !== 'object' || value === null) return count(leafBytes(value));
    if (level > depth)
      return { path, expected: `at most ${depth} levels of nesting`, found: `more than ${depth} levels` };
    if (Array.isArray(value)) {
      if (value.length > arrayItems)
        return {
          path,
          expected: `at most ${formatCount(arrayItems)} items`,
          found: `${formatCount(value.length)} items`,
        };
      let problem = count(2 + Math.max(0, value.length - 1));
      for (let index = 0; problem === undefined && index < value.length; index += 1)
        problem = visit(value[index], `${path}[${index}]`, level + 1);
      return problem;
    }
    let problem = count(2);
    let fields = 0;
    for (const key in value) {
      if (problem !== undefined) break;
      if (!Object.hasOwn(value, key)) continue;
      const at = pathTo(path, key);
      if (key.length > textLength) return tooLong(at, 'a field name of ', key.length);
      problem =
        count(jsonStringBytes(key) + (fields === 0 ? 1 : 2)) ?? visit(Reflect.get(value, key), at, level + 1);
      fields += 1;
    }
    return problem;
  };
  return visit(input, '$', 1);
};
