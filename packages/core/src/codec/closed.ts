import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** Stands in the error context for a field the shape does not have. */
const unknownField = new t.Type<never, never, unknown>(
  'no such field',
  (_u): _u is never => false,
  (u, c) => t.failure(u, c),
  t.identity,
);

// Only called once the shape itself has matched, so `u` is already known to be a plain object.
const extraKeys = (u: object, props: t.Props): string[] =>
  Object.keys(u).filter((key) => !Object.hasOwn(props, key));

/**
 * Like `t.type`, but a field the shape does not declare is an error at its path rather than being
 * carried along unseen (or, with `t.exact`, silently dropped): stored events hold exactly their
 * declared fields.
 */
export const closed = <P extends t.Props>(props: P, name?: string): t.TypeC<P> => {
  const base = t.type(props, name);
  return new t.InterfaceType(
    base.name,
    (u): u is t.TypeOf<typeof base> => base.is(u) && extraKeys(u, props).length === 0,
    (u, c) => {
      const decoded = base.validate(u, c);
      if (E.isLeft(decoded)) return decoded;
      const extra = extraKeys(decoded.right, props);
      if (extra.length === 0) return decoded;
      return t.failures(
        extra.map((key) => {
          const actual: unknown = Reflect.get(decoded.right, key);
          return { value: actual, context: [...c, { key, type: unknownField, actual }] };
        }),
      );
    },
    base.encode,
    props,
  );
};
