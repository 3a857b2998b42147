import * as t from 'io-ts';

/**
 * The same refinement under the name `<name> (<description>)`, which decode errors quote as what
 * was expected: `CommandTime (an instant in the years 1970 to 8999)` tells a caller the range,
 * where the brand's name alone would not.
 */
export const described = <C extends t.Any, A, O, I>(
  codec: t.RefinementType<C, A, O, I>,
  description: string,
): t.RefinementType<C, A, O, I> =>
  new t.RefinementType(
    `${codec.name} (${description})`,
    codec.is,
    codec.validate,
    codec.encode,
    codec.type,
    codec.predicate,
  );
