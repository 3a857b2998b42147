/** Why a text cannot be (part of) a signed note: c2sp.org/signed-note, "Format". */
export type NoteTextProblem = 'not-utf8' | 'control-character' | 'missing-final-newline';

// Index of the first ASCII control character other than the newline, or -1.
const controlCharacterAt = (text: string): number => {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x0a) return index;
  }
  return -1;
};

/** 1-based number of the line that `index` falls on. */
export const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
};

/**
 * What is wrong with a note text and on which line (1-based), or undefined when it is fine: it
 * must be well-formed Unicode (so that it has one UTF-8 encoding), hold no control character
 * but newlines, and end with a newline.
 */
export const noteTextProblem = (
  text: string,
): { readonly problem: NoteTextProblem; readonly line: number } | undefined => {
  if (!text.isWellFormed()) return { problem: 'not-utf8', line: lineAt(text, text.search(/\p{Cs}/u)) };
  const control = controlCharacterAt(text);
  if (control >= 0) return { problem: 'control-character', line: lineAt(text, control) };
  if (!text.endsWith('\n')) return { problem: 'missing-final-newline', line: lineAt(text, text.length) };
  return undefined;
};
