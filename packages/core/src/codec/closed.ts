import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
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

// Only called once the shape itself has matched, so `u` is already known to be an object.
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

// Every shape built by `closed`, so that a generator can tell them from io-ts's open `t.type`.
const closedShapes = new WeakSet<t.Mixed>();

/** Whether `codec` was built by {@link closed}: an object shape with exactly its declared fields. */
export const isClosedShape = (codec: t.Mixed): boolean => closedShapes.has(codec);

/**
 * Like `t.type`, but a field the shape does not declare is an error at its path rather than being
 * carried along unseen (or, with `t.exact`, silently dropped): stored events hold exactly their
 * declared fields. Its `is` is io-ts's with no own enumerable key undeclared; events and commands
 * are checked on their hot paths by the checks written out from these shapes (`claim-checks.ts`).
 */
export const closed = <P extends t.Props>(props: P, name?: string): t.TypeC<P> => {
  const base = t.type(props, name);
  const codec = new t.InterfaceType(
    base.name,
    (u): u is t.TypeOf<typeof base> => base.is(u) && !hasUndeclaredField(u, props),
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
  return codec;
};
