/**
 * What a terminal or a browser would act on, hide or reorder instead of showing: Unicode general
 * categories Cc (C0 and C1 controls and DEL: newline, carriage return, tab, ESC and with it every
 * ANSI and OSC sequence, NUL), Cf (format characters: the bidi marks, embeddings, overrides and
 * isolates U+061C, U+200E–200F, U+202A–202E, U+2066–2069, zero-width space and joiners, the byte
 * order mark, the soft hyphen, tag characters), Zl and Zp (U+2028, U+2029) and Cs (a lone
 * surrogate, which UTF-8 output cannot carry).
 */
const hidden = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** The same, and the backslash, so that an escape in the output only ever comes from the character it names. */
const hiddenOrBackslash = /[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const short: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\u202e`: one `\uXXXX` per UTF-16 code unit, so an astral character is its surrogate pair, as in JSON. */
const codeUnits = (char: string): string =>
  Array.from(
    { length: char.length },
    (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`,
  ).join('');

const escapeOne = (char: string): string => short[char] ?? codeUnits(char);

/**
 * Text from a history, a store or a command line as it may be shown to a person: every character
 * a terminal or a browser would act on, hide or reorder is written as the escape a JSON or
 * JavaScript string literal uses for it, and a backslash as `\\`. A value shown this way stays on
 * its line, cannot colour, clear or link the screen, cannot reverse the text after it, and reads
 * back exactly: `JSON.parse` of it in double quotes (with `"` written `\"`) is the original.
 * Everything else, letters of any script, emoji and spaces included, is shown as it is.
 *
 * @example
 * escapeForDisplay('x\nHash chain intact.\u202e'); // 'x\\nHash chain intact.\\u202e'
 * escapeForDisplay('C:\\new'); // 'C:\\\\new', never read as a newline
 */
export const escapeForDisplay = (text: string): string => text.replace(hiddenOrBackslash, escapeOne);

/**
 * A value as compact JSON for a person: `JSON.stringify` (which escapes `"`, `\` and C0 controls),
 * with what it leaves as it is (DEL, C1 controls, format characters, U+2028, U+2029) escaped the
 * same way; still JSON, and it parses to the same value. A value JSON has no text for
 * (`undefined`, a function) is shown as `String(value)`, escaped.
 *
 * @example
 * jsonForDisplay('INV-\u202e1002'); // '"INV-\\u202e1002"'
 */
export const jsonForDisplay = (value: unknown): string => {
  const json: string | undefined = JSON.stringify(value);
  return json === undefined ? escapeForDisplay(String(value)) : json.replace(hidden, escapeOne);
};
