import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import { type DecodeError, decodeClaimCommand } from '../../src/index.js';
import { commandSamples } from './command-samples.js';

/** The BookParcel of the samples. */
export const bookParcel = (() => {
  const found = commandSamples.find((command) => command.type === 'BookParcel');
  if (found === undefined) throw new Error('no BookParcel sample');
  return found;
})();

/** The error of a decoding the test expects to fail. */
export const errorOf = (input: unknown): DecodeError => {
  const decoded = decodeClaimCommand(input);
  if (E.isRight(decoded)) throw new Error('expected the command to be refused');
  return decoded.left;
};

/** The problems listed in full; the rest are only counted. */
export const LISTED = 100;

/**
 * Decodes a BookParcel with `count` undeclared fields `k0`, `k1`, … each holding its index and
 * expects the first 100 listed and the rest counted, in exactly the message the decoder writes.
 */
export const expectFirstListedRestCounted = (count: number): void => {
  const data: Record<string, unknown> = { ...bookParcel.data };
  for (let index = 0; index < count; index += 1) data[`k${index}`] = index;
  const error = errorOf({ type: 'BookParcel', data });
  const listed = Array.from({ length: LISTED }, (_, index) => ({
    path: `$.data.k${index}`,
    expected: 'no such field',
    found: String(index),
  }));
  const rest = (count - LISTED).toLocaleString('en-US');
  expect(error).toEqual({
    code: 'DecodeError',
    subject: 'command BookParcel',
    problems: listed,
    omitted: count - LISTED,
    message: `invalid command BookParcel: ${listed
      .map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`)
      .join('; ')}; and ${rest} more problems`,
  });
};
