import * as t from 'io-ts';

const hasOwn = (o: object, key: string): boolean => Object.hasOwn(o, key);

/**
 * What `is` must answer, from the codec's structure: io-ts's own checks, and for every object
 * shape (each built by `closed`) `t.type(props).is(u)` with no own enumerable key outside the
 * shape, nested shapes checked the same way. A refinement for which `predicateChecked` is false
 * is checked as its base type alone.
 */
export const referenceIs = (
  codec: t.Mixed,
  predicateChecked: (refinement: t.Mixed) => boolean = () => true,
): ((u: unknown) => boolean) => {
  if (codec instanceof t.InterfaceType) {
    const props: t.Props = codec.props;
    const fields = Object.entries(props).map(
      ([key, field]) => [key, referenceIs(field, predicateChecked)] as const,
    );
    return (u) => {
      if (u === null || typeof u !== 'object' || Array.isArray(u)) return false;
      for (const [key, check] of fields) {
        const value: unknown = Reflect.get(u, key);
        if ((value === undefined && !hasOwn(u, key)) || !check(value)) return false;
      }
      return Object.keys(u).every((key) => hasOwn(props, key));
    };
  }
  if (codec instanceof t.RefinementType) {
    const inner = referenceIs(codec.type, predicateChecked);
    const predicate: (u: unknown) => boolean = codec.predicate;
    if (!predicateChecked(codec)) return inner;
    return (u) => inner(u) && predicate(u);
  }
  if (codec instanceof t.ArrayType) {
    const item = referenceIs(codec.type, predicateChecked);
    return (u) => Array.isArray(u) && u.every((element) => item(element));
  }
  if (codec instanceof t.UnionType) {
    const members: readonly t.Mixed[] = codec.types;
    const checks = members.map((member) => referenceIs(member, predicateChecked));
    return (u) => checks.some((check) => check(u));
  }
  return (u) => codec.is(u);
};
