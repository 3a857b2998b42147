import type * as t from 'io-ts';

/**
 * A decoder that can also check a value without building a result. For the claim codecs, which
 * never transform their input, `is(u)` holds exactly when `decode(u)` succeeds with `u` itself.
 */
export interface CheckingDecoder<A> extends t.Decoder<unknown, A> {
  readonly is: t.Is<A>;
}
