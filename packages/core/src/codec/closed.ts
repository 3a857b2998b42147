import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { type Check, fastIs, withFastIs } from './fast-is.js';
import { inputLimits } from './input-limits.js';

/** A type no value satisfies. */
const nothing = (name: string) =>
  new t.Type<never, never, unknown>(
    name,
    (_u): _u is never => false,
    (u, c) => t.failure(u, c),
    t.identity,
  );

/** Stands in the error context for a field the shape does not have. */
export const undeclaredField = nothing('no such field');

/**
 * Stands in the error context, at the shape's own path, for the undeclared fields past the first
 * `inputLimits.problemsListed`: its value is how many there are. They are counted, not described.
 */
export const moreUndeclaredFields = nothing('more fields the shape does not have');

// Only called once the shape itself has matched, so `u` is already known to be a plain object.
const hasUndeclaredField = (u: object, props: t.Props): boolean => {
  for (const key in u) if (Object.hasOwn(u, key) && !Object.hasOwn(props, key)) return true;
  return false;
};

/**
 * An error for each of the first `inputLimits.problemsListed` fields of `u` the shape does not
 * declare, and one that counts the rest: a value with a million undeclared fields makes a hundred
 * and one errors, not a million.
 */
const undeclaredFieldErrors = (u: object, props: t.Props, c: t.Context): t.ValidationError[] => {
  const errors: t.ValidationError[] = [];
  let more = 0;
  for (const key in u) {
    if (!Object.hasOwn(u, key) || Object.hasOwn(props, key)) continue;
    if (errors.length === inputLimits.problemsListed) {
      more += 1;
      continue;
    }
    const actual: unknown = Reflect.get(u, key);
    errors.push({ value: actual, context: [...c, { key, type: undeclaredField, actual }] });
  }
  if (more > 0)
    errors.push({ value: more, context: [...c, { key: '', type: moreUndeclaredFields, actual: more }] });
  return errors;
};

/** An object that is not an array: what io-ts `UnknownRecord` accepts. */
const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  u !== null && typeof u === 'object' && !Array.isArray(u);

/**
 * `t.type(props).is(u)` with no undeclared field, for any value, built for speed: every
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
    return seen === count || (base(u) && !hasUndeclaredField(u, props));
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
      const errors = undeclaredFieldErrors(decoded.right, props, c);
      return errors.length === 0 ? decoded : t.failures(errors);
    },
    base.encode,
    props,
  );
  closedShapes.add(codec);
  return withFastIs(codec, is);
};
