import {
  ClaimCommand,
  ClaimEvent,
  claimCommandRegistry,
  claimEventRegistry,
  decodeClaimCommand,
  decodeClaimEvent,
  Money,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { claimCommandChecks, claimEventChecks } from '../../../../core/src/codec/claim-checks.js';
import { closed } from '../../../../core/src/codec/closed.js';
import { jsonOf } from '../../../../core/test/codec/json.js';
import { arbAnyCommand, arbHistory, historyPaths } from '../../../src/index.js';
import { arbOrder, brokenAtMostOnce, reorderKeys } from '../support/broken-once.js';
import { referenceIs } from '../support/reference-is.js';

const eventCodecs = new Map<string, t.Mixed>(
  Object.values(claimEventRegistry).map(({ type, codec }) => [type, codec]),
);
const commandCodecs = new Map<string, t.Mixed>(
  Object.values(claimCommandRegistry).map(({ type, codec }) => [type, codec]),
);

const arbEvent = fc
  .oneof(...historyPaths.map((path) => arbHistory({ path })))
  .filter((history) => history.events.length > 0)
  .chain((history) => fc.constantFrom(...history.events))
  .chain((event) =>
    arbOrder.chain((order) =>
      brokenAtMostOnce(reorderKeys(jsonOf(ClaimEvent.encode(event)), order)).map((json) => ({
        type: event.type,
        json,
      })),
    ),
  );

// The checks written out per type (claim-checks.ts), looked up as the decoders look them up.
const eventChecks = new Map<string, (u: unknown) => boolean>(Object.entries(claimEventChecks));
const commandChecks = new Map<string, (u: unknown) => boolean>(Object.entries(claimCommandChecks));

const arbCommand = arbAnyCommand.chain((command) =>
  arbOrder.chain((order) =>
    brokenAtMostOnce(reorderKeys(jsonOf(ClaimCommand.encode(command)), order)).map((json) => ({
      type: command.type,
      json,
    })),
  ),
);

describe('is and the written-out checks answer alike for every event and command codec, keys in any of three orders, valid or broken once anywhere', () => {
  it('events: is and the written-out check agree with the reference and with decode', () => {
    fc.assert(
      fc.property(arbEvent, ({ type, json }) => {
        const codec = eventCodecs.get(type);
        if (codec === undefined) throw new Error(`no codec for ${type}`);
        const accepted = codec.is(json);
        expect(accepted).toBe(referenceIs(codec)(json));
        expect(accepted).toBe(E.isRight(codec.decode(json)));
        expect(eventChecks.get(type)?.(json)).toBe(accepted);
        expect(E.isRight(decodeClaimEvent(json))).toBe(accepted);
      }),
      { numRuns: 2_000 },
    );
  });

  it('commands: is and the written-out check agree with the reference and with decode', () => {
    fc.assert(
      fc.property(arbCommand, ({ type, json }) => {
        const codec = commandCodecs.get(type);
        if (codec === undefined) throw new Error(`no codec for ${type}`);
        const accepted = codec.is(json);
        expect(accepted).toBe(referenceIs(codec)(json));
        expect(accepted).toBe(E.isRight(codec.decode(json)));
        expect(commandChecks.get(type)?.(json)).toBe(accepted);
        expect(E.isRight(decodeClaimCommand(json))).toBe(accepted);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('a closed shape answers as io-ts for objects that are not plain JSON', () => {
  const Shape = closed({ amount: Money, note: t.string });
  const money = { minorUnits: 5, currency: 'EUR' };
  const inheriting = Object.create({ note: 'inherited' });
  inheriting.amount = money;
  const hidden = { amount: money };
  Object.defineProperty(hidden, 'note', { value: 'hidden', enumerable: false });
  const withInheritedExtra = Object.create({ extra: 1 });
  Object.assign(withInheritedExtra, { amount: money, note: 'x' });
  const undefinedOwn = { amount: money, note: undefined };
  const cases: readonly [string, unknown][] = [
    ['a field inherited from the prototype', inheriting],
    ['a field that is not enumerable', hidden],
    ['an enumerable key inherited from the prototype', withInheritedExtra],
    ['a field present as undefined', undefinedOwn],
    ['an array', [money, 'x']],
    ['null', null],
  ];
  it.each(cases)('%s', (_name, value) => {
    expect([Shape.is(value), E.isRight(Shape.decode(value))]).toEqual([
      referenceIs(Shape)(value),
      referenceIs(Shape)(value),
    ]);
  });

  it('accepts the inherited and hidden fields as io-ts does, and refuses what it refuses', () => {
    expect(cases.map(([name, value]) => [name, Shape.is(value)])).toEqual([
      ['a field inherited from the prototype', true],
      ['a field that is not enumerable', true],
      ['an enumerable key inherited from the prototype', true],
      ['a field present as undefined', false],
      ['an array', false],
      ['null', false],
    ]);
  });
});

describe('a written-out check answers as io-ts for objects that are not plain JSON', () => {
  const at = '2026-02-13T09:30:00Z';
  const commandId = '0b5e2a8c-3f1d-4c6e-9a7b-2d4f6e8a0c1e';
  const pickupOf = (data: object): object => ({ type: 'ParcelPickedUp', data });
  const inheriting = Object.create({ commandId });
  inheriting.at = at;
  const hidden = { at };
  Object.defineProperty(hidden, 'commandId', { value: commandId, enumerable: false });
  const hiddenExtra = { at, commandId };
  Object.defineProperty(hiddenExtra, 'extra', { value: 1, enumerable: false });
  const withInheritedExtra = Object.create({ extra: 1 });
  Object.assign(withInheritedExtra, { at, commandId });
  const cases: readonly [string, unknown][] = [
    ['plain', pickupOf({ at, commandId })],
    ['a field inherited from the prototype', pickupOf(inheriting)],
    ['a field that is not enumerable', pickupOf(hidden)],
    ['an undeclared key that is not enumerable', pickupOf(hiddenExtra)],
    ['an enumerable key inherited from the prototype', pickupOf(withInheritedExtra)],
    ['a field present as undefined', pickupOf({ at, commandId, extra: undefined })],
    ['a declared field present as undefined', pickupOf({ at, commandId: undefined })],
    ['data as an array', pickupOf([at, commandId])],
    ['the event as an array', [pickupOf({ at, commandId })]],
    ['null', null],
  ];
  const codec = eventCodecs.get('ParcelPickedUp');

  it('agrees with the codec and with the reference in every case', () => {
    if (codec === undefined) throw new Error('no codec for ParcelPickedUp');
    for (const [, value] of cases) {
      expect([claimEventChecks.ParcelPickedUp(value), E.isRight(codec.decode(value))]).toEqual([
        codec.is(value),
        referenceIs(codec)(value),
      ]);
    }
  });

  it('accepts the inherited and hidden fields as io-ts does, and refuses what it refuses', () => {
    expect(cases.map(([name, value]) => [name, claimEventChecks.ParcelPickedUp(value)])).toEqual([
      ['plain', true],
      ['a field inherited from the prototype', true],
      ['a field that is not enumerable', true],
      ['an undeclared key that is not enumerable', true],
      ['an enumerable key inherited from the prototype', true],
      ['a field present as undefined', false],
      ['a declared field present as undefined', false],
      ['data as an array', false],
      ['the event as an array', false],
      ['null', false],
    ]);
  });
});
