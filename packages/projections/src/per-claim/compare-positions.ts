/** Orders global positions (bigints) for `Array.prototype.sort`. */
export const comparePositions = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
