/**
 * The number written with ASCII digits from `from` to `to` (exclusive), or -1 if any is not one.
 * Dates and instants are read with it character by character, which builds nothing: they are
 * checked on every event decoded.
 */
export const digitsAt = (s: string, from: number, to: number): number => {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = s.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
};
