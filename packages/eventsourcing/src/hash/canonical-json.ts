import canonicalize from 'canonicalize';
import * as E from 'fp-ts/lib/Either.js';

/**
 * The RFC 8785 (JCS) canonical JSON text of a value, or why it has none: NaN, infinities, lone
 * surrogates, bigints, cycles, or a top-level value JSON cannot carry. See docs/adr/0002.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // right('{"a":[true,null],"b":1}')
 */
export const canonicalJson = (value: unknown): E.Either<string, string> => {
  try {
    const text = canonicalize(value);
    return text === undefined ? E.left(`${typeof value} has no JSON form`) : E.right(text);
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
};
