/**
 * numerator / denominator rounded to the nearest whole number, a tie going to the even neighbour
 * (banker's rounding: 2.5 gives 2, 3.5 gives 4), for numerator >= 0 and denominator > 0. Over many
 * amounts, ties round up as often as down, so rounding adds no drift in either direction.
 */
export const divideHalfEven = (numerator: bigint, denominator: bigint): bigint => {
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator) return quotient + 1n;
  if (twiceRemainder < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : quotient + 1n;
};
