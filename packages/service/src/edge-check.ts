import {
  type DecodeError,
  decodeError,
  decodeErrorFrom,
  oversizedInputProblem,
  TraceId,
} from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

const CallOptionsCodec = t.partial({ correlationId: TraceId, causationId: TraceId });

/**
 * Why the service refuses a command before decoding it, or undefined: a body past the limits of
 * `inputLimits` (size, nesting, array length, string length), or a correlation or causation id
 * that is not a `TraceId` (too long, a control character, a lone surrogate), which no event could
 * carry as written. Each is refused here, at its JSON path, rather than by the store at append.
 */
export const edgeRefusal = (input: unknown, call: unknown): DecodeError | undefined => {
  const oversized = oversizedInputProblem(input);
  if (oversized !== undefined) return decodeErrorFrom('command', { problems: [oversized], omitted: 0 });
  const options = CallOptionsCodec.decode(call);
  return E.isLeft(options) ? decodeError('call options', options.left) : undefined;
};
