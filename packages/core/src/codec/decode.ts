import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type ClaimCommand, claimCommandCodecs } from '../commands/claim-command.js';
import { type ClaimEvent, claimEventCodecs } from '../events/claim-event.js';
import { type DecodeError, decodeError, describeValue } from './decode-error.js';

const tagOf = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;

const unknownType = (subject: string, input: unknown, known: readonly string[]): DecodeError => {
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  const path = isObject ? '$.type' : '$';
  const expected = isObject ? `one of ${known.join(', ')}` : 'an object { type, data }';
  const found = describeValue(isObject ? tagOf(input) : input);
  return {
    code: 'DecodeError',
    subject,
    problems: [{ path, expected, found }],
    message: `invalid ${subject}: ${path}: expected ${expected}, found ${found}`,
  };
};

/**
 * Decodes a tagged `{ type, data }` value with the codec its `type` names, so errors point at the
 * fields of that one shape instead of listing every member of the union.
 */
const decodeTagged = <K extends string, A>(
  subject: string,
  codecs: ReadonlyMap<K, t.Decoder<unknown, A>>,
  input: unknown,
): E.Either<DecodeError, A> => {
  const tag = tagOf(input);
  const codec = [...codecs].find(([key]) => key === tag);
  if (codec === undefined) return E.left(unknownType(subject, input, [...codecs.keys()]));
  const decoded = codec[1].decode(input);
  return E.isLeft(decoded)
    ? E.left(decodeError(`${subject} ${codec[0]}`, decoded.left))
    : E.right(decoded.right);
};

/** Decodes an event read from storage or the wire; errors name the JSON path of each problem. */
export const decodeClaimEvent = (input: unknown): E.Either<DecodeError, ClaimEvent> =>
  decodeTagged('event', claimEventCodecs, input);

/** Decodes a command received from a caller; errors name the JSON path of each problem. */
export const decodeClaimCommand = (input: unknown): E.Either<DecodeError, ClaimCommand> =>
  decodeTagged('command', claimCommandCodecs, input);
