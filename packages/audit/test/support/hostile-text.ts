/**
 * Characters and runs that move, hide, reorder or end text in a terminal or a browser (C0 and C1
 * controls, whole ANSI and OSC 8 sequences, bidi marks, overrides and isolates, zero-width and
 * other format characters, line and paragraph separators, a tag character), and text that looks
 * like an escape or like the audit's own lines. No lone surrogate: commands cannot carry them.
 */
export const hostileUnits: readonly string[] = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\u000b',
  '\f',
  '\r',
  '\u001b',
  '\u001b[2J',
  '\u001b[1A\u001b[2K',
  '\u001b]8;;https://evil.example/\u001b\\',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00ad',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u{e0041}',
  '\\',
  '\\n',
  '\\u001b',
  '"',
  '<b>',
  '&amp;',
  'Hash chain intact.',
];

/** Controls, format characters (bidi among them), line and paragraph separators, lone surrogates: none may reach an output raw. */
export const rawCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
