import * as t from 'io-ts';
import type { CheckingDecoder } from './checking-decoder.js';

/** The codec of one member of a tagged union: a closed `{ type, data }` shape, its fields readable. */
export type TaggedCodec<T extends string, A> = t.InterfaceType<
  {
    readonly type: t.LiteralC<T>;
    readonly data: t.Decoder<unknown, unknown> & { readonly is: t.Is<unknown>; readonly props: t.Props };
  },
  A,
  unknown,
  unknown
>;

const tagOf = (u: unknown): unknown =>
  typeof u === 'object' && u !== null && 'type' in u ? u.type : undefined;

/**
 * One codec for a union of `{ type, data }` shapes, given the codec of each `type`: a value is
 * checked and decoded by the one codec its `type` names; a value whose `type` names none fails.
 * The members never transform their input, so encoding is the identity.
 */
export const taggedUnion = <A extends O, O>(
  name: string,
  members: ReadonlyMap<string, CheckingDecoder<A>>,
): t.Type<A, O> => {
  const memberOf = (u: unknown): CheckingDecoder<A> | undefined => {
    const tag = tagOf(u);
    return typeof tag === 'string' ? members.get(tag) : undefined;
  };
  return new t.Type<A, O>(
    name,
    (u): u is A => memberOf(u)?.is(u) === true,
    (u, c) => memberOf(u)?.validate(u, c) ?? t.failure(u, c, `${name}: no type ${String(tagOf(u))}`),
    t.identity,
  );
};
