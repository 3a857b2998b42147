// A field name is written after a dot when it is short and plain, and otherwise quoted, with
// every character outside printable ASCII escaped and only its first characters shown: a path
// stays short whatever the input's field names, and a name cannot write line breaks, terminal
// controls or lone surrogates into a message.
const PLAIN_NAME = /^[A-Za-z0-9_$-]{1,64}$/;
const INDEX = /^\d{1,64}$/;
const SHOWN = 64;

const PRINTABLE_FIRST = 0x20;
const PRINTABLE_LAST = 0x7e;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A field name between quotes, escaped, and cut to its first 64 code units followed by `...`. */
const quotedName = (name: string): string => {
  const shown = Math.min(name.length, SHOWN);
  let text = '"';
  for (let index = 0; index < shown; index += 1) {
    const unit = name.charCodeAt(index);
    if (unit === QUOTE || unit === BACKSLASH) text += `\\${name.charAt(index)}`;
    else if (unit >= PRINTABLE_FIRST && unit <= PRINTABLE_LAST) text += name.charAt(index);
    else text += `\\u${unit.toString(16).padStart(4, '0')}`;
  }
  return name.length > shown ? `${text}"...` : `${text}"`;
};

/**
 * The JSON path of the value at `key` inside the value at `path`: `$.data.amount`, `$.items[2]`,
 * `$.data["a b"]`, `$.data["xxx…"...]` for a long name. All-digit keys are written as indices.
 */
export const pathTo = (path: string, key: string): string => {
  if (INDEX.test(key)) return `${path}[${key}]`;
  if (PLAIN_NAME.test(key)) return `${path}.${key}`;
  return `${path}[${quotedName(key)}]`;
};
