import type * as t from 'io-ts';

// The longest string each codec that has a limit accepts, for messages that name the limit.
const maxLengths = new WeakMap<object, number>();

/** Records that `codec` accepts strings of at most `max` code units; returns `codec` itself. */
export const withMaxLength = <C extends t.Mixed>(codec: C, max: number): C => {
  maxLengths.set(codec, max);
  return codec;
};

/** The longest string `codec` (any decoder) accepts, or undefined when it records none. */
export const maxLengthOf = (codec: object): number | undefined => maxLengths.get(codec);
