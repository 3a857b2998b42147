import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type ClaimCommand,
  claimCommandTypes,
  type PartyRole,
  type PrincipalRole,
  permittedRoles,
} from '../../src/index.js';
import { commandSamples } from '../codec/command-samples.js';
import { cid, cmd, command, event, PARCEL, parties } from '../support/builders.js';
import { dossier, shipment, t } from '../support/founding-story.js';
import { decider, given, run, stateAfter } from '../support/spec.js';

/** The same command, sent by `id` in `role` (by default the role it was built with). */
const by = (id: string, c: ClaimCommand, role: PartyRole = c.data.actor.role): ClaimCommand =>
  command({ type: c.type, data: { ...c.data, actor: { role, id } } });

const codeOf = (c: ClaimCommand, history: ReturnType<typeof run>): string => {
  const decision = decider.decide(c, stateAfter(history));
  return E.isLeft(decision) ? decision.left.code : 'accepted';
};

const foreign: { readonly [R in PrincipalRole]: string } = {
  seller: 'seller-b',
  forwarder: 'other-forwarder',
  carrier: 'sea-freight',
  insurer: 'other-insurance',
};

const foreignParty = (type: string, role: PrincipalRole, expected: string | null, actor: string) => ({
  code: 'ForeignParty' as const,
  rule: 'P2' as const,
  command: type,
  role,
  expected,
  actor,
  message:
    expected === null
      ? `P2 parcel party: ${actor} may not ${type} as ${role}: this parcel has no ${role} yet, and ${actor} does not act for it`
      : `P2 parcel party: ${actor} may not ${type} as ${role}: the ${role} of this parcel is ${expected}, and ${actor} does not act for it`,
});

const shipped = run(shipment);
const inquiring = run(dossier.slice(0, 1), shipped);
const later = '2026-01-20T04:00:00.000Z';

describe('the finding: parties foreign to the parcel', () => {
  it('another insurer may not accept the parcel claim', () => {
    const submitted = run([cmd.submitClaim(14, t.submitted)], run(dossier, shipped));
    given(submitted)
      .when(by('other-insurance', cmd.acceptClaim(15, t.accepted)))
      .thenRejected(foreignParty('AcceptClaim', 'insurer', parties.insurer, 'other-insurance'));
  });

  it('another seller may not open an inquiry on the parcel', () => {
    given(shipped)
      .when(by('seller-b', cmd.openInquiry(8, t.inquiry)))
      .thenRejected(foreignParty('OpenInquiry', 'seller', parties.seller, 'seller-b'));
  });
});

describe('a party foreign to the parcel is refused on every command (P2)', () => {
  const sampleOf = (type: string): ClaimCommand | undefined => commandSamples.find((c) => c.type === type);

  it('has a sample of every command type', () => {
    expect(claimCommandTypes.filter((type) => sampleOf(type) === undefined)).toEqual([]);
  });

  for (const type of claimCommandTypes)
    for (const role of permittedRoles(type))
      if (role !== 'system')
        it(`${type}: a foreign ${role} is refused, the parcel's own ${role} is not refused by P2`, () => {
          const sample = sampleOf(type);
          if (sample === undefined) throw new Error(`no sample of ${type}`);
          const sent = command({ type, data: { ...sample.data, commandId: cid(40), now: later } });
          given(inquiring)
            .when(by(foreign[role], sent, role))
            .thenRejected(foreignParty(type, role, parties[role], foreign[role]));
          expect(codeOf(by(parties[role], sent, role), inquiring)).not.toBe('ForeignParty');
        });
});

describe('the parties a parcel has so far (P2)', () => {
  it('an insurer can do nothing before the parcel is insured', () => {
    const uninsured = run([cmd.bookParcel(1, t.booked)]);
    given(uninsured)
      .when(cmd.checkDeadlines(2, t.insured, { as: 'insurer' }))
      .thenRejected(foreignParty('CheckDeadlines', 'insurer', null, parties.insurer));
  });

  it('a carrier can do nothing before the handover, not even the one the parcel will go to', () => {
    given(run(shipment.slice(0, 5)))
      .when(cmd.recordTrackingUpdate(6, t.handedOver, t.handedOver))
      .thenRejected(foreignParty('RecordTrackingUpdate', 'carrier', null, parties.carrier));
  });

  it('the carrier that took the parcel records its scans', () => {
    expect(codeOf(cmd.recordTrackingUpdate(8, later, later), shipped)).toBe('accepted');
  });

  it('the deadline clock is no party, and checks deadlines under any id', () => {
    expect(codeOf(by('another-clock', cmd.checkDeadlines(9, later)), inquiring)).toBe('accepted');
  });

  it('a stream not booked yet has no parties: its commands are refused by L1 whoever sends them', () => {
    given([])
      .when(by('other-forwarder', cmd.recordPickup(1, t.booked)))
      .thenRejected({
        code: 'ParcelNotBooked',
        rule: 'L1',
        command: 'RecordPickup',
        message: 'L1 shipment lifecycle: RecordPickup needs a booked parcel; this stream has none',
      });
  });

  it('names no party of the stream to a command for another parcel (S1 first)', () => {
    const elsewhere = command({
      type: 'OpenInquiry',
      data: {
        ...cmd.openInquiry(8, t.inquiry).data,
        actor: { role: 'seller', id: 'seller-b' },
        parcelId: 'P-9',
      },
    });
    expect(codeOf(elsewhere, shipped)).toBe('WrongParcel');
  });
});

describe('BookParcel (P2)', () => {
  it('is made by the seller it names', () => {
    given([])
      .when(by('seller-b', cmd.bookParcel(1, t.booked)))
      .thenRejected({
        code: 'BookedForOthers',
        rule: 'P2',
        role: 'seller',
        named: parties.seller,
        actor: 'seller-b',
        message: `P2 parcel party: seller-b may not book as seller a parcel whose seller is ${parties.seller}`,
      });
  });

  it('is made by the forwarder it names', () => {
    expect(codeOf(cmd.bookParcel(1, t.booked, { as: 'forwarder' }), [])).toBe('accepted');
    expect(codeOf(by('other-forwarder', cmd.bookParcel(1, t.booked, { as: 'forwarder' })), [])).toBe(
      'BookedForOthers',
    );
  });
});

describe('ConfirmLoss (P2)', () => {
  const confirmed = (actor: PartyRole, carrierId: string, history = inquiring) =>
    decider.decide(
      command({
        type: 'ConfirmLoss',
        data: { ...cmd.confirmLoss(20, later, { as: actor }).data, carrierId },
      }),
      stateAfter(history),
    );

  it('refuses a letter naming another carrier than the one that took the parcel', () => {
    const decision = confirmed('forwarder', 'sea-freight');
    expect(E.isLeft(decision) ? decision.left : decision.right).toEqual({
      code: 'ForeignCarrier',
      rule: 'P2',
      carrierId: 'sea-freight',
      expected: parties.carrier,
      message: `P2 parcel party: a loss confirmed by sea-freight: the carrier of this parcel is ${parties.carrier}`,
    });
  });

  it('takes the letter from that carrier, or relayed by the forwarder', () => {
    for (const role of ['carrier', 'forwarder'] as const) {
      const decision = confirmed(role, parties.carrier);
      expect(E.isRight(decision) ? decision.right.map((e) => e.type) : decision.left.code).toEqual([
        'LossConfirmed',
      ]);
    }
  });

  it('refuses a letter from a carrier that did not take the parcel, even naming the one that did', () => {
    const sent = by('sea-freight', cmd.confirmLoss(20, later, { as: 'carrier' }));
    given(inquiring)
      .when(sent)
      .thenRejected(foreignParty('ConfirmLoss', 'carrier', parties.carrier, 'sea-freight'));
  });

  it("takes the letter from the carrier's delegate", () => {
    const delegated = run([cmd.grantDelegation(20, later, 'sky-cargo-claims', { as: 'carrier' })], inquiring);
    const sent = by('sky-cargo-claims', cmd.confirmLoss(21, later, { as: 'carrier' }));
    expect(codeOf(sent, delegated)).toBe('accepted');
  });
});

describe('delegations (P2)', () => {
  const granted = run([cmd.grantDelegation(8, t.inquiry, 'claims-agent')], shipped);

  it('records a delegation of the seller role by the seller', () => {
    given(shipped)
      .when(cmd.grantDelegation(8, t.inquiry, 'claims-agent'))
      .thenEmits([
        event({
          type: 'DelegationGranted',
          data: {
            at: t.inquiry,
            commandId: cid(8),
            principal: { role: 'seller', id: parties.seller },
            delegateId: 'claims-agent',
          },
        }),
      ]);
    expect(stateAfter(granted).delegations).toEqual([
      { principal: { role: 'seller', id: parties.seller }, delegateId: 'claims-agent', grantedAt: t.inquiry },
    ]);
  });

  it('lets the delegate act in the role it was given, and only in that role', () => {
    const opened = by('claims-agent', cmd.openInquiry(9, later));
    const decision = decider.decide(opened, stateAfter(granted));
    expect(E.isRight(decision) ? decision.right.map((e) => e.type) : decision.left.code).toEqual([
      'InquiryOpened',
    ]);
    given(granted)
      .when(by('claims-agent', cmd.recordPickup(9, later), 'forwarder'))
      .thenRejected(foreignParty('RecordPickup', 'forwarder', parties.forwarder, 'claims-agent'));
  });

  it('the seed case: the forwarder acts as the seller once the seller lets it', () => {
    const asSeller = by(parties.forwarder, cmd.withdrawClaim(31, later, 'seller-request'), 'seller');
    const withForwarder = run([cmd.grantDelegation(30, t.outboundRecord, parties.forwarder)], inquiring);
    expect([codeOf(asSeller, inquiring), codeOf(asSeller, withForwarder)]).toEqual([
      'ForeignParty',
      'accepted',
    ]);
  });

  it('ends with its revocation', () => {
    const revoked = run([cmd.revokeDelegation(9, later, 'claims-agent')], granted);
    expect(revoked.at(-1)).toEqual(
      event({
        type: 'DelegationRevoked',
        data: {
          at: later,
          commandId: cid(9),
          principal: { role: 'seller', id: parties.seller },
          delegateId: 'claims-agent',
        },
      }),
    );
    expect(stateAfter(revoked).delegations).toEqual([]);
    given(revoked)
      .when(by('claims-agent', cmd.openInquiry(10, later)))
      .thenRejected(foreignParty('OpenInquiry', 'seller', parties.seller, 'claims-agent'));
  });

  it('is granted and revoked by the party itself, never by its delegate', () => {
    const rejection = {
      code: 'NotThePrincipal',
      rule: 'P2',
      role: 'seller',
      principal: parties.seller,
      actor: 'claims-agent',
      message:
        'P2 parcel party: claims-agent acts for the seller of this parcel and may not delegate its role',
    } as const;
    given(granted)
      .when(by('claims-agent', cmd.grantDelegation(9, later, 'agent-2')))
      .thenRejected(rejection);
    given(granted)
      .when(by('claims-agent', cmd.revokeDelegation(9, later, 'claims-agent')))
      .thenRejected(rejection);
  });

  it('is refused to the party itself, twice while it stands, and revoked only while it stands', () => {
    given(shipped)
      .when(cmd.grantDelegation(8, t.inquiry, parties.seller))
      .thenRejected({
        code: 'DelegationToSelf',
        rule: 'P2',
        role: 'seller',
        delegateId: parties.seller,
        message: `P2 parcel party: ${parties.seller} is the seller of this parcel already`,
      });
    given(granted)
      .when(cmd.grantDelegation(9, later, 'claims-agent'))
      .thenRejected({
        code: 'DelegationAlreadyGranted',
        rule: 'P2',
        role: 'seller',
        delegateId: 'claims-agent',
        grantedAt: t.inquiry,
        message: `P2 parcel party: claims-agent acts for the seller of this parcel since ${t.inquiry}`,
      });
    given(shipped)
      .when(cmd.revokeDelegation(8, t.inquiry, 'claims-agent'))
      .thenRejected({
        code: 'NoSuchDelegation',
        rule: 'P2',
        role: 'seller',
        delegateId: 'claims-agent',
        message: 'P2 parcel party: claims-agent does not act for the seller of this parcel',
      });
  });

  it('is granted on a booked parcel only', () => {
    expect(codeOf(cmd.grantDelegation(1, t.booked, 'claims-agent'), [])).toBe('ParcelNotBooked');
    expect(PARCEL).toBe(stateAfter(granted).parcelId);
  });
});
