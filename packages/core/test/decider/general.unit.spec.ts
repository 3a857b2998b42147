import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ClaimCommand, PartyRole } from '../../src/index.js';
import { CLAIM, cid, cmd, cnDeadline, command, event } from '../support/builders.js';
import { dossier, foundingStory, shipment, t } from '../support/founding-story.js';
import { decider, given, run, stateAfter } from '../support/spec.js';

const story = run(foundingStory);

describe('a repeated command changes nothing (R5)', () => {
  for (const repeated of foundingStory)
    it(`repeating ${repeated.type} after the whole story writes nothing`, () => {
      given(story).when(repeated).thenNothing();
    });

  it('a repeat is recognised before any other rule, even with its original, older time', () => {
    const history = run(dossier.slice(0, 2), run(shipment));
    given(history)
      .when(cmd.attachDocument(9, t.outboundRecord, 'outbound-record'))
      .thenNothing();
  });
});

describe('time moves forward (R2)', () => {
  it('refuses a command decided before the last event of the stream', () => {
    const earlier = '2026-02-20T00:00:00.000Z';
    given(story)
      .when(cmd.recordTrackingUpdate(30, earlier, earlier))
      .thenRejected({
        code: 'TimeRunsBackwards',
        rule: 'R2',
        now: earlier,
        lastEventAt: t.paid,
        message: `R2 time moves forward: command time ${earlier} is before the stream's last event at ${t.paid}`,
      });
  });

  it('accepts a command at the same instant as the last event', () => {
    given(run(shipment.slice(0, 1)))
      .when(cmd.recordPickup(3, t.booked))
      .thenEmits([event({ type: 'ParcelPickedUp', data: { at: t.booked, commandId: cid(3) } })]);
  });
});

describe('one parcel per stream (S1)', () => {
  it('refuses a command naming another parcel', () => {
    const other = command({
      type: 'RecordPickup',
      data: {
        commandId: cid(3),
        now: t.pickedUp,
        actor: { role: 'forwarder', id: 'takesendship' },
        parcelId: 'TSS-2026-000043',
      },
    });
    given(run(shipment.slice(0, 2)))
      .when(other)
      .thenRejected({
        code: 'WrongParcel',
        rule: 'S1',
        streamParcelId: 'TSS-2026-000042',
        commandParcelId: 'TSS-2026-000043',
        message:
          'S1 one parcel per stream: the command names parcel TSS-2026-000043; this stream holds parcel TSS-2026-000042',
      });
  });
});

describe('terminal states absorb (R11)', () => {
  const later = '2026-03-02T02:00:00.000Z';
  const claimCommands: readonly ClaimCommand[] = [
    cmd.attachDocument(30, later, 'proof-of-value', { as: 'seller' }),
    cmd.rejectDocument(30, later, 'proof-of-value'),
    cmd.extendDocumentDeadline(30, later, 'loss-confirmation', 5),
    cmd.confirmLoss(30, later),
    cmd.submitClaim(30, later),
    cmd.acceptClaim(30, later),
    cmd.rejectClaim(30, later),
    cmd.withdrawClaim(30, later, 'parcel-found'),
  ];
  for (const [status, history] of [
    ['paid', story],
    [
      'rejected',
      run([cmd.submitClaim(14, t.submitted), cmd.rejectClaim(15, t.accepted)], run(dossier, run(shipment))),
    ],
    [
      'lapsed',
      run([cmd.checkDeadlines(9, '2026-02-20T00:00:00.000Z')], run(dossier.slice(0, 1), run(shipment))),
    ],
    [
      'withdrawn',
      run([cmd.withdrawClaim(9, t.outboundRecord, 'parcel-found')], run(dossier.slice(0, 1), run(shipment))),
    ],
  ] as const)
    for (const c of claimCommands)
      it(`refuses ${c.type} on a ${status} claim`, () => {
        given(history)
          .when(c)
          .thenRejected({
            code: 'ClaimClosed',
            rule: 'R11',
            claimId: CLAIM,
            status,
            message: `R11 terminal states absorb: claim ${CLAIM} is ${status}; a closed claim accepts no further change`,
          });
      });

  it('records the parcel turning up after payout as found (N4), the paid claim staying paid', () => {
    given(story)
      .when(cmd.recordDelivery(30, later))
      .thenEmits([
        event({ type: 'ParcelDelivered', data: { at: later, commandId: cid(30), pieceIds: ['P1'] } }),
        event({
          type: 'ParcelFoundAfterPayout',
          data: {
            at: later,
            commandId: cid(30),
            claimId: CLAIM,
            pieceIds: ['P1'],
            electionDue: cnDeadline(later, '2026-04-01', 'calendar-days', 30),
          },
        }),
      ]);
    const after = stateAfter(run([cmd.recordDelivery(30, later)], story));
    expect(after.claim?.status).toBe('paid');
    expect(after.shipment?.deliveredAt).toBe(later);
  });
});

describe('permitted actors (P1)', () => {
  const now = '2026-03-02T02:00:00.000Z';
  const samples: readonly (readonly [
    ClaimCommand['type'],
    (as: PartyRole) => ClaimCommand,
    readonly PartyRole[],
  ])[] = [
    ['BookParcel', (as) => cmd.bookParcel(40, now, { as }), ['seller', 'forwarder']],
    ['PurchaseInsurance', (as) => cmd.purchaseInsurance(40, now, { as }), ['seller', 'forwarder']],
    ['RecordPickup', (as) => cmd.recordPickup(40, now, { as }), ['forwarder']],
    ['RecordHubArrival', (as) => cmd.recordHubArrival(40, now, { as }), ['forwarder']],
    ['ShipParcel', (as) => cmd.shipParcel(40, now, { as }), ['forwarder']],
    ['HandOverToCarrier', (as) => cmd.handOverToCarrier(40, now, { as }), ['forwarder']],
    [
      'RecordTrackingUpdate',
      (as) => cmd.recordTrackingUpdate(40, now, now, { as }),
      ['forwarder', 'carrier'],
    ],
    ['RecordDelivery', (as) => cmd.recordDelivery(40, now, { as }), ['forwarder', 'carrier']],
    ['OpenInquiry', (as) => cmd.openInquiry(40, now, { as }), ['seller', 'forwarder']],
    [
      'AttachDocument',
      (as) => cmd.attachDocument(40, now, 'proof-of-value', { as }),
      ['seller', 'forwarder', 'carrier'],
    ],
    ['RejectDocument', (as) => cmd.rejectDocument(40, now, 'proof-of-value', { as }), ['insurer']],
    [
      'ExtendDocumentDeadline',
      (as) => cmd.extendDocumentDeadline(40, now, 'outbound-record', 5, { as }),
      ['insurer'],
    ],
    ['ConfirmLoss', (as) => cmd.confirmLoss(40, now, { as }), ['carrier', 'forwarder']],
    ['SubmitClaim', (as) => cmd.submitClaim(40, now, { as }), ['seller', 'forwarder']],
    ['AcceptClaim', (as) => cmd.acceptClaim(40, now, { as }), ['insurer']],
    ['RejectClaim', (as) => cmd.rejectClaim(40, now, { as }), ['insurer']],
    ['PayClaim', (as) => cmd.payClaim(40, now, { as }), ['insurer']],
    ['WithdrawClaim', (as) => cmd.withdrawClaim(40, now, 'parcel-found', { as }), ['seller', 'forwarder']],
    ['CheckDeadlines', (as) => cmd.checkDeadlines(40, now, { as }), ['system', 'insurer', 'forwarder']],
    [
      'GrantDelegation',
      (as) => cmd.grantDelegation(40, now, 'claims-agent', { as }),
      ['seller', 'forwarder', 'carrier', 'insurer'],
    ],
    [
      'RevokeDelegation',
      (as) => cmd.revokeDelegation(40, now, 'claims-agent', { as }),
      ['seller', 'forwarder', 'carrier', 'insurer'],
    ],
  ];
  const roles: readonly PartyRole[] = ['seller', 'forwarder', 'carrier', 'insurer', 'system'];

  it('covers every command type', () => {
    expect(samples.map(([type]) => type)).toEqual([
      'BookParcel',
      'PurchaseInsurance',
      'RecordPickup',
      'RecordHubArrival',
      'ShipParcel',
      'HandOverToCarrier',
      'RecordTrackingUpdate',
      'RecordDelivery',
      'OpenInquiry',
      'AttachDocument',
      'RejectDocument',
      'ExtendDocumentDeadline',
      'ConfirmLoss',
      'SubmitClaim',
      'AcceptClaim',
      'RejectClaim',
      'PayClaim',
      'WithdrawClaim',
      'CheckDeadlines',
      'GrantDelegation',
      'RevokeDelegation',
    ]);
  });

  for (const [type, build, allowed] of samples)
    it(`${type}: only ${allowed.join(', ')} may issue it`, () => {
      const state = stateAfter(run(dossier.slice(0, 1), run(shipment)));
      const refusedRoles = roles.filter((role) => {
        const decision = decider.decide(build(role), state);
        return E.isLeft(decision) && decision.left.code === 'CommandNotPermitted';
      });
      expect(refusedRoles).toEqual(roles.filter((r) => !allowed.includes(r)));
    });
});
