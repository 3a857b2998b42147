import {
  ClaimCommand,
  ClaimEvent,
  claimCommandCodecs,
  claimEventCodecs,
  decodeClaimCommand,
  decodeClaimEvent,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { CheckingDecoder } from '../../../../core/src/codec/checking-decoder.js';
import { type Json, jsonOf, leavesOf, setAt } from '../../../../core/test/codec/json.js';
import { arbAnyCommand, arbHistory } from '../../../src/index.js';

const dataOf = (json: Json): { readonly [key: string]: Json } => {
  if (typeof json !== 'object' || json === null) return {};
  const data = Object.entries(json).find(([key]) => key === 'data')?.[1];
  return typeof data === 'object' && data !== null ? Object.fromEntries(Object.entries(data)) : {};
};

// A valid JSON document as it is, or broken in one place: one leaf replaced by any JSON value,
// or a field the shape does not declare added to `data`.
const brokenAtMostOnce = (valid: Json): fc.Arbitrary<Json> => {
  const leaves = leavesOf(valid);
  return fc.oneof(
    fc.constant(valid),
    fc
      .tuple(fc.nat({ max: leaves.length - 1 }), fc.jsonValue())
      .map(([index, replacement]) => setAt(valid, leaves[index]?.segments ?? [], jsonOf(replacement))),
    fc.string().map((key) => setAt(valid, ['data'], { ...dataOf(valid), [key]: 'x' })),
  );
};

/** `is` says yes exactly when `decode` succeeds, and a successful decode gives back the input itself. */
const checkAgreement = <A>(codec: CheckingDecoder<A> | undefined, input: Json): void => {
  if (codec === undefined) throw new Error('no codec for the type');
  const decoded = codec.decode(input);
  expect(codec.is(input)).toBe(E.isRight(decoded));
  if (E.isRight(decoded)) expect(decoded.right).toBe(input);
};

describe('the per-type codecs never transform what they accept', () => {
  it('events: is(u) exactly when decode(u) is right(u), valid or broken', () => {
    const arbEvent = arbHistory()
      .filter((history) => history.events.length > 0)
      .chain((history) => fc.constantFrom(...history.events))
      .chain((event) =>
        brokenAtMostOnce(jsonOf(ClaimEvent.encode(event))).map((json) => ({ type: event.type, json })),
      );
    fc.assert(
      fc.property(arbEvent, ({ type, json }) => {
        checkAgreement(claimEventCodecs.get(type), json);
        const decoded = decodeClaimEvent(json);
        if (E.isRight(decoded)) expect(decoded.right).toBe(json);
      }),
      { numRuns: 300 },
    );
  });

  it('commands: is(u) exactly when decode(u) is right(u), valid or broken', () => {
    const arbInput = arbAnyCommand.chain((command) =>
      brokenAtMostOnce(jsonOf(ClaimCommand.encode(command))).map((json) => ({ type: command.type, json })),
    );
    fc.assert(
      fc.property(arbInput, ({ type, json }) => {
        checkAgreement(claimCommandCodecs.get(type), json);
        const decoded = decodeClaimCommand(json);
        if (E.isRight(decoded)) expect(decoded.right).toBe(json);
      }),
      { numRuns: 300 },
    );
  });
});
