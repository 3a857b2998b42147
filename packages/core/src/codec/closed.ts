import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { type Check, fastIs, withFastIs } from './fast-is.js';

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

/** An object that is not an array: what io-ts `UnknownRecord` accepts. */
const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  u !== null && typeof u === 'object' && !Array.isArray(u);

/**
 * `t.type(props).is(u) && extraKeys(u, props).length === 0` for any value, built for speed: every
 * stored event is checked with it when it is read. One `for…in` pass over the object's own keys
 * checks each against the field it names (an undeclared key fails); when the pass has not met
 * every declared field as an own enumerable key (a field inherited, not enumerable, or absent),
 * the io-ts check decides, so the answer is io-ts's in every case.
 *
 * Objects of one shape list their keys in one order: the order the codec declares them (as the
 * decider writes them) or sorted (as canonical JSON stores them). While the keys come in the
 * order of the object's first key, each is matched to its field by position, which is cheaper
 * than a lookup by name; a key out of that order is looked up by name.
 */
const closedIs = <A>(props: t.Props, base: t.Is<A>): t.Is<A> => {
  const entries = Object.entries(props).map(([key, codec]) => [key, fastIs(codec)] as const);
  const fields = new Map(entries);
  const count = fields.size;
  const declared = entries;
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const firstDeclared = declared[0]?.[0];
  return (u): u is A => {
    if (!isRecord(u)) return false;
    let seen = 0;
    let order: readonly (readonly [string, Check])[] | null = null;
    for (const key in u) {
      if (!Object.hasOwn(u, key)) continue;
      if (seen === 0) order = key === firstDeclared ? declared : sorted;
      const expected = order === null ? undefined : order[seen];
      let check: Check | undefined;
      if (expected !== undefined && expected[0] === key) check = expected[1];
      else {
        order = null;
        check = fields.get(key);
      }
      if (check === undefined || !check(u[key])) return false;
      seen += 1;
    }
    return seen === count || (base(u) && extraKeys(u, props).length === 0);
  };
};

// Every shape built by `closed`, so that a generator can tell them from io-ts's open `t.type`.
const closedShapes = new WeakSet<t.Mixed>();

/** Whether `codec` was built by {@link closed}: an object shape with exactly its declared fields. */
export const isClosedShape = (codec: t.Mixed): boolean => closedShapes.has(codec);

/**
 * Like `t.type`, but a field the shape does not declare is an error at its path rather than being
 * carried along unseen (or, with `t.exact`, silently dropped): stored events hold exactly their
 * declared fields.
 */
export const closed = <P extends t.Props>(props: P, name?: string): t.TypeC<P> => {
  const base = t.type(props, name);
  const is = closedIs(props, base.is);
  const codec = new t.InterfaceType(
    base.name,
    is,
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
  closedShapes.add(codec);
  return withFastIs(codec, is);
};
