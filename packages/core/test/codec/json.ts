/** Plain JSON values, for tests that take a valid value apart and break one piece of it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** One step into a JSON value: an object key or an array index. */
export type Segment = string | number;

/** A primitive value inside a JSON document, with where it sits. */
export interface Leaf {
  readonly segments: readonly Segment[];
  /** The JSON path from `$`, written as the decoders write it: `$.data.amount.minorUnits`, `$.a[2].b`. */
  readonly path: string;
  readonly value: null | boolean | number | string;
}

const isJsonArray = (json: Json): json is readonly Json[] => Array.isArray(json);

/** Checks that a value is plain JSON and gives it the `Json` type; throws on anything else. */
export const toJson = (value: unknown): Json => {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  throw new TypeError(`not a JSON value: ${typeof value}`);
};

/** What a value looks like after a trip through JSON text. */
export const jsonOf = (value: unknown): Json => toJson(JSON.parse(JSON.stringify(value)));

export const pathText = (segments: readonly Segment[]): string =>
  segments.reduce<string>(
    (path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : `${path}.${segment}`),
    '$',
  );

/** Every primitive value of a JSON document, depth first, in key order. */
export const leavesOf = (json: Json, segments: readonly Segment[] = []): Leaf[] => {
  if (json === null || typeof json !== 'object') return [{ segments, path: pathText(segments), value: json }];
  if (isJsonArray(json)) return json.flatMap((item, index) => leavesOf(item, [...segments, index]));
  return Object.entries(json).flatMap(([key, item]) => leavesOf(item, [...segments, key]));
};

/** A copy of `json` with the value at `segments` replaced; throws when there is no such value. */
export const setAt = (json: Json, segments: readonly Segment[], value: Json): Json => {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (isJsonArray(json)) {
    const item = typeof head === 'number' ? json[head] : undefined;
    if (item === undefined) throw new RangeError(`no element ${String(head)} in an array of ${json.length}`);
    return json.map((element, index) => (index === head ? setAt(element, rest, value) : element));
  }
  if (json === null || typeof json !== 'object')
    throw new RangeError(`no ${String(head)} in ${String(json)}`);
  const child = typeof head === 'string' ? json[head] : undefined;
  if (child === undefined) throw new RangeError(`no key ${String(head)}`);
  return { ...json, [head]: setAt(child, rest, value) };
};

/** The JSON kind of a value, as a reader of the document sees it. */
export const kindOf = (json: Json): 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' => {
  if (json === null) return 'null';
  if (isJsonArray(json)) return 'array';
  switch (typeof json) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
};
