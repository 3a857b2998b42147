import fc from 'fast-check';
import { type Json, jsonOf, type Segment } from '../../../../core/test/codec/json.js';

/** Every value of a JSON document with where it sits, objects and arrays included, root first. */
const nodesOf = (json: Json, segments: readonly Segment[] = []): { segments: Segment[]; value: Json }[] => {
  const here = { segments: [...segments], value: json };
  if (json === null || typeof json !== 'object') return [here];
  const children: [Segment, Json][] = Array.isArray(json)
    ? json.map((item, index): [Segment, Json] => [index, item])
    : Object.entries(json);
  return [here, ...children.flatMap(([key, item]) => nodesOf(item, [...segments, key]))];
};

/** A copy of `json` with the node at `segments` changed by `change` (which may drop it). */
export const changeAt = (
  json: Json,
  segments: readonly Segment[],
  change: (node: Json) => Json | undefined,
): Json => {
  const [head, ...rest] = segments;
  if (head === undefined) return change(json) ?? null;
  if (Array.isArray(json))
    return json.map((item, index) => (index === head ? changeAt(item, rest, change) : item));
  if (json === null || typeof json !== 'object') return json;
  const entries = Object.entries(json).flatMap(([key, item]): [string, Json][] => {
    if (key !== head) return [[key, item]];
    const changed = rest.length === 0 ? change(item) : changeAt(item, rest, change);
    return changed === undefined ? [] : [[key, changed]];
  });
  return Object.fromEntries(entries);
};

// A valid document as it is, or broken once anywhere: a value (leaf, object or array) replaced by
// any JSON, a field dropped, or a field added to any object.
export const brokenAtMostOnce = (valid: Json): fc.Arbitrary<Json> => {
  const nodes = nodesOf(valid);
  const objects = nodes.filter(
    (n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value),
  );
  const pick = <A>(items: readonly A[]) => fc.nat({ max: items.length - 1 }).map((index) => items[index]);
  return fc.oneof(
    fc.constant(valid),
    fc
      .tuple(pick(nodes), fc.jsonValue())
      .map(([node, replacement]) => changeAt(valid, node?.segments ?? [], () => jsonOf(replacement))),
    pick(nodes.filter((n) => n.segments.length > 0)).map((node) =>
      changeAt(valid, node?.segments ?? [], () => undefined),
    ),
    fc
      .tuple(pick(objects), fc.string(), fc.jsonValue())
      .map(([node, key, extra]) =>
        changeAt(valid, node?.segments ?? [], (object) =>
          object !== null && typeof object === 'object' && !Array.isArray(object)
            ? { ...object, [key]: jsonOf(extra) }
            : object,
        ),
      ),
  );
};

/** The document with the keys of every object in another order: as written, sorted (as canonical JSON stores them) or reversed. */
export const reorderKeys = (json: Json, order: 'as written' | 'sorted' | 'reversed'): Json => {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map((item) => reorderKeys(item, order));
  const entries = Object.entries(json).map(([key, item]): [string, Json] => [key, reorderKeys(item, order)]);
  if (order === 'sorted') entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (order === 'reversed') entries.reverse();
  return Object.fromEntries(entries);
};

export const arbOrder = fc.constantFrom('as written' as const, 'sorted' as const, 'reversed' as const);
