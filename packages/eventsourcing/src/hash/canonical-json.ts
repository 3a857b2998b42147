import canonicalize from 'canonicalize';
import * as E from 'fp-ts/lib/Either.js';

// canonicalize writes a function-valued field as `"f":undefined` and a function in an array as a hole.
const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

// With the u flag a well-formed surrogate pair is one code point, so this finds lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;

// None of the characters JSON.stringify writes escaped: control characters below U+0020, the quote
// and the backslash. Matching the whole string measured faster than searching for one of them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for
const NOTHING_ESCAPED = /^[^\u0000-\u001f"\\]*$/;

/**
 * Whether a string's canonical JSON text is the string between quotes: nothing to escape, and no
 * lone surrogate (which JSON.stringify escapes and UTF-8 would write as U+FFFD). Such a string
 * can neither end the field it is quoted in nor change under encoding, so sealing writes it
 * between quotes as it is, and verification hashes it so.
 */
export const quotesAsIs = (text: string): boolean => NOTHING_ESCAPED.test(text) && text.isWellFormed();

/** How deep the fast path looks before it leaves a value (perhaps a cycle) to canonicalize. */
const FAST_PATH_DEPTH = 64;

const isPlainObject = (value: object): value is { readonly [key: string]: unknown } => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Whether `JSON.stringify(value)` already is the canonical text: plain objects and arrays only,
 * every object's keys in UTF-16 code unit order (the order RFC 8785 sorts them in), finite
 * numbers, and no lone surrogate in a string or a key. JSON.stringify writes strings and numbers
 * exactly as RFC 8785 prescribes (it is defined by them), so for such values the two agree.
 */
const isCanonicalAsIs = (value: unknown, depth: number): boolean => {
  switch (typeof value) {
    case 'string':
      return !LONE_SURROGATE.test(value);
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= FAST_PATH_DEPTH) return false;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (Object.getPrototypeOf(items) !== Array.prototype) return false;
    for (let index = 0; index < items.length; index += 1) {
      if (!isCanonicalAsIs(items[index], depth + 1)) return false;
    }
    return true;
  }
  if (!isPlainObject(value)) return false;
  let previous = '';
  let first = true;
  for (const key of Object.keys(value)) {
    if ((!first && !(previous < key)) || LONE_SURROGATE.test(key)) return false;
    if (!isCanonicalAsIs(value[key], depth + 1)) return false;
    previous = key;
    first = false;
  }
  return true;
};

/**
 * The canonical text of plain JSON whose keys may be in any order: strings and numbers as
 * JSON.stringify writes them, object keys sorted by UTF-16 code units. Undefined for anything
 * else (which canonicalize then handles, or refuses).
 */
const writeCanonical = (value: unknown, depth: number): string | undefined => {
  if (value === null || typeof value !== 'object') {
    return isCanonicalAsIs(value, depth) ? JSON.stringify(value) : undefined;
  }
  if (depth >= FAST_PATH_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (Object.getPrototypeOf(items) !== Array.prototype) return undefined;
    let text = '[';
    for (let index = 0; index < items.length; index += 1) {
      const item = writeCanonical(items[index], depth + 1);
      if (item === undefined) return undefined;
      text += index === 0 ? item : `,${item}`;
    }
    return `${text}]`;
  }
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value).sort();
  let text = '{';
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] ?? '';
    if (LONE_SURROGATE.test(key)) return undefined;
    const item = writeCanonical(value[key], depth + 1);
    if (item === undefined) return undefined;
    text += `${index === 0 ? '' : ','}${JSON.stringify(key)}:${item}`;
  }
  return `${text}}`;
};

/**
 * The RFC 8785 (JCS) canonical JSON text of a value, or why it has none: NaN, infinities, lone
 * surrogates, bigints, cycles, functions, or a top-level value JSON cannot carry. See docs/adr/0002.
 * Plain JSON is written here: with `JSON.stringify` directly when its keys are already in
 * canonical order (such as what this function's own output parses back to), else with its keys
 * sorted. Anything else goes through the canonicalize library.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // right('{"a":[true,null],"b":1}')
 */
export const canonicalJson = (value: unknown): E.Either<string, string> => {
  if (isCanonicalAsIs(value, 0)) return E.right(JSON.stringify(value));
  const written = writeCanonical(value, 0);
  if (written !== undefined) return E.right(written);
  try {
    const text = canonicalize(value);
    if (text === undefined) return E.left(`${typeof value} has no JSON form`);
    return isJson(text) ? E.right(text) : E.left('contains a value JSON cannot carry, such as a function');
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
};
