/** Splits `a+b+rest` at its first two `+`; the rest, being base64, may hold more. */
export const cutKeyString = (text: string): readonly [string, string, string] | undefined => {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  return second < 0
    ? undefined
    : [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
};
