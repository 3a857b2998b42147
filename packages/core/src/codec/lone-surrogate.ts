const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The index of the first surrogate code unit without its partner, or -1 when the text is well formed. */
export const loneSurrogateAt = (text: string): number => {
  if (text.isWellFormed()) return -1;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (isHigh(unit) && isLow(text.charCodeAt(index + 1))) index += 1;
    else if (isHigh(unit) || isLow(unit)) return index;
  }
  return -1;
};

/**
 * `a lone surrogate (\ud800) at index 7` for text with one, or undefined: a lone surrogate has no
 * UTF-8 form, so no store can keep it, and it is named escaped so that a message holds none.
 */
export const loneSurrogateText = (text: string): string | undefined => {
  const index = loneSurrogateAt(text);
  if (index < 0) return undefined;
  return `a lone surrogate (\\u${text.charCodeAt(index).toString(16)}) at index ${index}`;
};
