/** One place where two JSON-like values differ. */
export interface Difference {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return `${value}n`;
  const json = JSON.stringify(value);
  if (json === undefined) return typeof value;
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path at which `actual` differs from `expected`, depth first, object keys in order. */
export const jsonDiff = (expected: unknown, actual: unknown, path = '$'): Difference[] => {
  if (Object.is(expected, actual)) return [];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    return Array.from({ length }, (_, i) => jsonDiff(expected[i], actual[i], `${path}[${i}]`)).flat();
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) => jsonDiff(expected[key], actual[key], `${path}.${key}`));
  }
  return [{ path, expected: show(expected), actual: show(actual) }];
};
