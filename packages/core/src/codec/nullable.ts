import * as t from 'io-ts';

/**
 * `codec` or null. A union whose errors are the inner codec's alone, at the inner codec's paths:
 * a wrong amount in a nullable Money field is reported at `…minorUnits`, not also as "not null".
 */
export const nullable = <C extends t.Mixed>(codec: C): t.UnionC<[C, t.NullC]> =>
  new t.UnionType<[C, t.NullC], t.TypeOf<C> | null, t.OutputOf<C> | null, unknown>(
    `${codec.name} | null`,
    (u): u is t.TypeOf<C> | null => u === null || codec.is(u),
    // The member is entered as io-ts enters a union's members, so paths skip it as they skip those.
    (u, c) => (u === null ? t.success(null) : codec.validate(u, t.appendContext(c, '0', codec, u))),
    (a) => (a === null ? null : codec.encode(a)),
    [codec, t.null],
  );
