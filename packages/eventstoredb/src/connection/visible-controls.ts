/** C0 and C1 controls, DEL, and the marks and overrides that reorder text on screen. */
const isHidden = (code: number): boolean =>
  code <= 0x1f ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

/** Whether the text holds a character a terminal would act on or hide instead of showing. */
export const holdsControls = (text: string): boolean =>
  [...text].some((character) => isHidden(character.charCodeAt(0)));

/**
 * The text with every control and bidirectional-formatting character written as `\uXXXX`, so an
 * error quoting a URL cannot move the cursor, clear the screen or reorder what follows.
 */
export const visibleControls = (text: string): string =>
  [...text]
    .map((character) => {
      const code = character.charCodeAt(0);
      return isHidden(code) ? `\\u${code.toString(16).padStart(4, '0')}` : character;
    })
    .join('');
