import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { draftOf, stateOf } from '../../../src/decider/parcel-draft.js';
import { cid, PARCEL, parties } from '../../support/builders.js';
import { shipment, t } from '../../support/founding-story.js';
import { context, run, stateAfter } from '../../support/spec.js';
import { parcelHeldAtCustoms } from './parcel-held-at-customs.js';
import { recordCustomsHold } from './record-customs-hold.js';

// The worked example of docs/extending.md, run as the decider runs a registered type. It is
// type-checked with its registry lines added by ../new-types.unit.spec.ts, not by the core's
// test project (the shipped registries do not hold it).

const held = '2026-01-08T04:00:00.000Z';

const hold = (n: number, now: string) => {
  const decoded = recordCustomsHold.codec.decode({
    type: 'RecordCustomsHold',
    data: {
      commandId: cid(n),
      now,
      actor: { role: 'carrier', id: parties.carrier },
      parcelId: PARCEL,
      office: 'Leipzig customs',
      reason: 'document check',
    },
  });
  if (E.isLeft(decoded)) throw new Error('the example command does not decode');
  return decoded.right;
};

describe('the worked example: customs holds a parcel', () => {
  it('records the hold of a dispatched parcel, and the hold counts as movement', () => {
    const state = stateAfter(run(shipment));
    const decision = recordCustomsHold.decide(hold(8, held), state, context);
    expect(decision).toEqual(
      E.right([
        {
          type: 'ParcelHeldAtCustoms',
          data: { at: held, commandId: cid(8), office: 'Leipzig customs', reason: 'document check' },
        },
      ]),
    );
    const draft = draftOf(state);
    for (const event of E.isRight(decision) ? decision.right : [])
      if (event.type === 'ParcelHeldAtCustoms') parcelHeldAtCustoms.apply(draft, event.data);
    expect(stateOf(draft).shipment).toEqual({ ...state.shipment, lastMovementAt: held });
  });

  it('refuses a hold before dispatch, citing L1', () => {
    const state = stateAfter(run(shipment.slice(0, 4)));
    expect(recordCustomsHold.decide(hold(5, t.shipped), state, context)).toEqual(
      E.left({
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'RecordCustomsHold',
        stage: 'at-hub',
        allowedStages: ['shipped', 'with-carrier'],
        message: 'L1 shipment lifecycle: a parcel at stage at-hub cannot be held at customs',
      }),
    );
  });
});
