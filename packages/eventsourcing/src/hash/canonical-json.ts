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

/**
 * The RFC 8785 (JCS) canonical JSON text of a value, or why it has none: NaN, infinities, lone
 * surrogates, bigints, cycles, functions, or a top-level value JSON cannot carry. See docs/adr/0002.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // right('{"a":[true,null],"b":1}')
 */
export const canonicalJson = (value: unknown): E.Either<string, string> => {
  try {
    const text = canonicalize(value);
    if (text === undefined) return E.left(`${typeof value} has no JSON form`);
    return isJson(text) ? E.right(text) : E.left('contains a value JSON cannot carry, such as a function');
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
};
