/** How many characters of JSON describe a value; longer JSON is cut to 57 and an ellipsis. */
const SHOWN = 60;

/** A value as JSON.stringify sees it: after `toJSON`, and with boxed primitives unboxed. */
const asJson = (value: unknown, key: string): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  const toJson: unknown = Reflect.get(value, 'toJSON');
  if (typeof toJson === 'function') return Reflect.apply(toJson, value, [key]);
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return value.valueOf();
  return value;
};

const isAbsent = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * The first `max` characters of `JSON.stringify(root)` (or all of it, when shorter), written
 * without writing the rest: a value with a million fields or nested a hundred thousand levels
 * deep costs no more than a short one. Null when JSON has no text for the value: a bigint, a
 * cycle, or a function or symbol at the top.
 */
const jsonPrefix = (root: unknown, max: number): string | null => {
  let text = '';
  const open: object[] = [];
  const full = (): boolean => text.length >= max;
  const put = (piece: string): void => {
    text += piece.length > max - text.length ? piece.slice(0, max - text.length) : piece;
  };
  // False when JSON has no text for the value.
  const write = (value: unknown): boolean => {
    if (full()) return true;
    switch (typeof value) {
      case 'string':
        put(JSON.stringify(value.slice(0, max - text.length + 1)));
        return true;
      case 'number':
        put(Number.isFinite(value) ? String(value) : 'null');
        return true;
      case 'boolean':
        put(String(value));
        return true;
      case 'object':
        if (value !== null) return writeContainer(value);
        put('null');
        return true;
      default:
        return false;
    }
  };
  const writeContainer = (value: object): boolean => {
    if (open.includes(value)) return false;
    open.push(value);
    const written = Array.isArray(value) ? writeArray(value) : writeObject(value);
    open.pop();
    return written;
  };
  const writeArray = (items: readonly unknown[]): boolean => {
    put('[');
    for (let index = 0; index < items.length && !full(); index += 1) {
      if (index > 0) put(',');
      const item = asJson(items[index], String(index));
      if (isAbsent(item)) put('null');
      else if (!write(item)) return false;
    }
    put(']');
    return true;
  };
  const writeObject = (record: object): boolean => {
    put('{');
    let first = true;
    for (const key in record) {
      if (full()) break;
      if (!Object.hasOwn(record, key)) continue;
      const field = asJson(Reflect.get(record, key), key);
      if (isAbsent(field)) continue;
      put(`${first ? '' : ','}${JSON.stringify(key.slice(0, max - text.length + 1))}:`);
      first = false;
      if (!write(field)) return false;
    }
    put('}');
    return true;
  };
  const value = asJson(root, '');
  return isAbsent(value) || !write(value) ? null : text;
};

/**
 * A short description of an offending value: its JSON, cut to 57 characters and `...` when longer
 * than 60; values JSON cannot write (a BigInt, a cycle) are named by kind. Only the part shown is
 * ever written, so describing a huge or deeply nested value costs little.
 */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const json = jsonPrefix(value, SHOWN + 1);
  if (json === null) return typeof value;
  return json.length > SHOWN ? `${json.slice(0, SHOWN - 3)}...` : json;
};
