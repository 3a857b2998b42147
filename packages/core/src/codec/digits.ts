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

/**
 * The number written with two ASCII digits at `at` and `at + 1`, or -1 if either is not one: the
 * fields of dates and instants, read without a loop.
 */
export const twoDigitsAt = (s: string, at: number): number => {
  const tens = s.charCodeAt(at) - 48;
  const units = s.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
};

/** The year written with four ASCII digits from `at`, or -1 if any is not one. */
export const yearAt = (s: string, at: number): number => {
  const century = twoDigitsAt(s, at);
  const years = twoDigitsAt(s, at + 2);
  return century < 0 || years < 0 ? -1 : century * 100 + years;
};
