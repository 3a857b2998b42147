import * as E from 'fp-ts/lib/Either.js';
import { type Instant, instantFromMillis } from '../../src/time/instant.js';

/** An instant from an ISO string with an explicit offset, so a test can say "10:00 in Shanghai". */
export const at = (iso: string): Instant => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date-time: ${iso}`);
  return instantFromMillis(ms);
};

/** The right side of an Either the test expects to succeed. */
export const rightOf = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`expected a right, got ${JSON.stringify(either.left)}`);
  return either.right;
};
