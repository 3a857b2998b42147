import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type ClaimCommand, claimCommandCodecs } from '../commands/claim-command.js';
import { type ClaimEvent, claimEventCodecs } from '../events/claim-event.js';
import type { CheckingDecoder } from './checking-decoder.js';
import { claimCommandChecks, claimEventChecks } from './claim-checks.js';
import { type DecodeError, decodeError, decodeErrorFrom } from './decode-error.js';
import { describeValue } from './describe-value.js';

const tagOf = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;

const unknownType = (subject: string, input: unknown, known: readonly string[]): DecodeError => {
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  const path = isObject ? '$.type' : '$';
  const expected = isObject ? `one of ${known.join(', ')}` : 'an object { type, data }';
  const found = describeValue(isObject ? tagOf(input) : input);
  return decodeErrorFrom(subject, { problems: [{ path, expected, found }], omitted: 0 });
};

/**
 * Decodes a tagged `{ type, data }` value with the codec its `type` names, so errors point at the
 * fields of that one shape instead of listing every member of the union. A valid value is only
 * checked, which builds nothing, with the check written out for its type (`claim-checks.ts`, which
 * answers as the codec's `is`); `decode` runs to describe what is wrong with an invalid one.
 */
const decodeTagged = <A>(
  subject: string,
  checks: ReadonlyMap<string, t.Is<A>>,
  codecs: ReadonlyMap<string, CheckingDecoder<A>>,
  input: unknown,
): E.Either<DecodeError, A> => {
  const tag = tagOf(input);
  if (typeof tag === 'string') {
    const is = checks.get(tag);
    if (is?.(input)) return E.right(input);
    const codec = codecs.get(tag);
    if (codec !== undefined)
      return E.mapLeft((errors: t.Errors) => decodeError(`${subject} ${tag}`, errors))(codec.decode(input));
  }
  return E.left(unknownType(subject, input, [...codecs.keys()]));
};

const eventChecks: ReadonlyMap<string, t.Is<ClaimEvent>> = new Map(Object.entries(claimEventChecks));
const commandChecks: ReadonlyMap<string, t.Is<ClaimCommand>> = new Map(Object.entries(claimCommandChecks));

/** Decodes an event read from storage or the wire; errors name the JSON path of each problem. */
export const decodeClaimEvent = (input: unknown): E.Either<DecodeError, ClaimEvent> =>
  decodeTagged('event', eventChecks, claimEventCodecs, input);

/** Decodes a command received from a caller; errors name the JSON path of each problem. */
export const decodeClaimCommand = (input: unknown): E.Either<DecodeError, ClaimCommand> =>
  decodeTagged('command', commandChecks, claimCommandCodecs, input);
