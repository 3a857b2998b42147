import canonicalize from 'canonicalize';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';

/** What canonicalJson answered before it wrote plain JSON itself: the canonicalize library's text. */
export const referenceCanonicalJson = (value: unknown): E.Either<string, string> => {
  try {
    const text = canonicalize(value);
    if (text === undefined) return E.left(`${typeof value} has no JSON form`);
    JSON.parse(text);
    return E.right(text);
  } catch (error) {
    if (error instanceof SyntaxError) return E.left('contains a value JSON cannot carry, such as a function');
    return E.left(error instanceof Error ? error.message : String(error));
  }
};

/** Any JSON with full Unicode strings and keys, lone surrogates included. */
export const unicodeJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 4 }),
  ),
})).value;
