import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** Stands in the error context for a field the shape does not have. */
const unknownField = new t.Type<never, never, unknown>(
  'no such field',
  (_u): _u is never => false,
  (u, c) => t.failure(u, c),
  (a) => a,
);

const extraKeys = (u: unknown, props: t.Props): string[] =>
  typeof u === 'object' && u !== null ? Object.keys(u).filter((key) => !Object.hasOwn(props, key)) : [];

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
      const extra = extraKeys(u, props);
      if (extra.length === 0) return decoded;
      return t.failures(
        extra.map((key) => {
          const actual = typeof u === 'object' && u !== null ? Reflect.get(u, key) : undefined;
          return { value: actual, context: [...c, { key, type: unknownField, actual }] };
        }),
      );
    },
    base.encode,
    props,
  );
};
