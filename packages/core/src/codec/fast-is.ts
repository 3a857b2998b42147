import * as t from 'io-ts';

/** A type guard's answer without the guard: whether a value is accepted. */
export type Check = (u: unknown) => boolean;

const hasOwnKey = Object.prototype.hasOwnProperty;

const isString: Check = (u) => typeof u === 'string';
const isNumber: Check = (u) => typeof u === 'number';
const isBoolean: Check = (u) => typeof u === 'boolean';

// Codecs whose own check is already what fastIs would build (closed shapes), handed in once.
const knownChecks = new WeakMap<t.Mixed, Check>();

/** Lets {@link fastIs} use `check` for `codec` directly: it must answer exactly as `codec.is`. */
export const withFastIs = <C extends t.Mixed>(codec: C, check: Check): C => {
  knownChecks.set(codec, check);
  return codec;
};

/**
 * The same answer as `codec.is`, with the layers of calls io-ts makes for primitives, literals,
 * `keyof`, refinements (brands), arrays and unions folded into one function each; any other
 * codec keeps its own `is`. A union answers as io-ts's tagged union does: only the member its tag
 * names can accept. Built once per codec when the codec is made, so checking a stored event does
 * not take three calls for every branded string it holds.
 */
export const fastIs = (codec: t.Mixed): Check => {
  const known = knownChecks.get(codec);
  if (known !== undefined) return known;
  if (codec instanceof t.StringType) return isString;
  if (codec instanceof t.NumberType) return isNumber;
  if (codec instanceof t.BooleanType) return isBoolean;
  if (codec instanceof t.LiteralType) {
    const value: unknown = codec.value;
    return (u) => u === value;
  }
  if (codec instanceof t.KeyofType) {
    const keys: object = codec.keys;
    return (u) => typeof u === 'string' && hasOwnKey.call(keys, u);
  }
  if (codec instanceof t.RefinementType) {
    const predicate: (u: unknown) => boolean = codec.predicate;
    const inner: t.Mixed = codec.type;
    if (inner instanceof t.StringType) return (u) => typeof u === 'string' && predicate(u);
    if (inner instanceof t.NumberType) return (u) => typeof u === 'number' && predicate(u);
    const check = fastIs(inner);
    return (u) => check(u) && predicate(u);
  }
  if (codec instanceof t.ArrayType) {
    const item = fastIs(codec.type);
    return (u) => Array.isArray(u) && u.every(item);
  }
  if (codec instanceof t.UnionType) {
    const members: readonly t.Mixed[] = codec.types;
    const checks = members.map(fastIs);
    return (u) => {
      for (const check of checks) if (check(u)) return true;
      return false;
    };
  }
  return (u) => codec.is(u);
};

/**
 * The predicate of a refinement such as a brand, for any value its base type accepts (io-ts types
 * it for the branded type only); throws for any other codec. The written-out checks call it.
 */
export const predicateOf = (codec: t.Mixed): ((u: unknown) => boolean) => {
  if (!(codec instanceof t.RefinementType)) throw new TypeError(`${codec.name} is not a refinement`);
  const predicate: (u: unknown) => boolean = codec.predicate;
  return predicate;
};
