import * as t from 'io-ts';

/**
 * The predicate of a refinement such as a brand, for any value its base type accepts (io-ts types
 * it for the branded type only); throws for any other codec. The written-out checks
 * (`claim-checks.ts`) call it once per brand, when the module loads.
 */
export const predicateOf = (codec: t.Mixed): ((u: unknown) => boolean) => {
  if (!(codec instanceof t.RefinementType)) throw new TypeError(`${codec.name} is not a refinement`);
  const predicate: (u: unknown) => boolean = codec.predicate;
  return predicate;
};
