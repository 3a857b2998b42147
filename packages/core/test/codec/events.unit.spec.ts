import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { ClaimEvent, type ClaimEventType, claimEventTypes, decodeClaimEvent } from '../../src/index.js';
import { after, recoveryFiled } from '../support/after-payment.js';
import { cmd } from '../support/builders.js';
import { decision, dossier, foundingStory, shipment, t } from '../support/founding-story.js';
import { run } from '../support/spec.js';

const inquiry = cmd.openInquiry(8, t.inquiry);

/** What the founding story writes after its shipment: the claim, from the inquiry to the payment. */
const paidTail: ClaimEventType[] = [
  'InquiryOpened',
  'DocumentAttached',
  'DocumentAttached',
  'DocumentAttached',
  'DocumentAttached',
  'LossConfirmed',
  'ClaimSubmitted',
  'ClaimAccepted',
  'ClaimPaid',
];

/**
 * Histories that between them write every event type, each with the event types it must end in
 * (after the shared shipment, seven events), so a history that stops writing its event is noticed.
 */
const histories: {
  readonly [name: string]: { readonly events: ClaimEvent[]; readonly tail: ClaimEventType[] };
} = {
  'the founding story': {
    events: run(foundingStory),
    tail: paidTail,
  },
  'a document rejected, then attached again': {
    events: run([
      ...shipment,
      inquiry,
      cmd.attachDocument(9, '2026-01-20T03:00:00.000Z', 'outbound-record'),
      cmd.rejectDocument(10, '2026-01-22T02:00:00.000Z', 'outbound-record'),
      cmd.attachDocument(11, '2026-01-23T02:00:00.000Z', 'outbound-record'),
    ]),
    tail: ['InquiryOpened', 'DocumentAttached', 'DocumentRejected', 'DocumentAttached'],
  },
  "a carrier document's deadline extended": {
    events: run([
      ...shipment,
      inquiry,
      cmd.extendDocumentDeadline(9, '2026-01-25T02:00:00.000Z', 'loss-confirmation', 30),
    ]),
    tail: ['InquiryOpened', 'DocumentDeadlineExtended'],
  },
  'information requested and answered, then a rejection appealed': {
    events: run([
      ...shipment,
      ...dossier,
      cmd.submitClaim(14, t.submitted),
      cmd.requestInformation(15, '2026-02-10T02:00:00.000Z'),
      cmd.answerInformationRequest(16, '2026-02-11T02:00:00.000Z'),
      cmd.rejectClaim(17, t.accepted),
      cmd.appealRejection(18, '2026-02-20T02:00:00.000Z'),
    ]),
    tail: [
      'InquiryOpened',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'LossConfirmed',
      'ClaimSubmitted',
      'InformationRequested',
      'InformationProvided',
      'ClaimRejected',
      'ClaimReopened',
    ],
  },
  'a submitted claim rejected by the insurer': {
    events: run([...shipment, ...dossier, cmd.submitClaim(14, t.submitted), cmd.rejectClaim(15, t.accepted)]),
    tail: [
      'InquiryOpened',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'LossConfirmed',
      'ClaimSubmitted',
      'ClaimRejected',
    ],
  },
  // The decision was due at the end of Saturday 28 February (Asia/Shanghai).
  'a decision overdue': {
    events: run([
      ...shipment,
      ...dossier,
      cmd.submitClaim(14, t.submitted),
      cmd.checkDeadlines(15, '2026-03-01T00:00:00.000Z'),
    ]),
    tail: [
      'InquiryOpened',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'LossConfirmed',
      'ClaimSubmitted',
      'DecisionOverdue',
    ],
  },
  // The payout was due at the end of Wednesday 25 February (Asia/Shanghai).
  'a payout overdue': {
    events: run([...shipment, ...dossier, ...decision, cmd.checkDeadlines(16, '2026-02-26T00:00:00.000Z')]),
    tail: [
      'InquiryOpened',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'LossConfirmed',
      'ClaimSubmitted',
      'ClaimAccepted',
      'PayoutOverdue',
    ],
  },
  // The seller documents were due at the end of Thursday 19 February (Asia/Shanghai).
  'a claim lapsed for missing seller documents': {
    events: run([...shipment, inquiry, cmd.checkDeadlines(9, '2026-02-20T00:00:00.000Z')]),
    tail: ['InquiryOpened', 'ClaimLapsed'],
  },
  'a lost parcel delivered after the inquiry': {
    events: run([...shipment, inquiry, cmd.recordDelivery(9, '2026-01-22T02:00:00.000Z')]),
    tail: ['InquiryOpened', 'ParcelDelivered', 'ClaimWithdrawn'],
  },
  'a claim withdrawn by the seller': {
    events: run([...shipment, inquiry, cmd.withdrawClaim(9, '2026-01-22T02:00:00.000Z', 'seller-request')]),
    tail: ['InquiryOpened', 'ClaimWithdrawn'],
  },
  'a paid claim recovered in part, written off, found and repaid': {
    events: run([
      ...foundingStory,
      ...recoveryFiled,
      cmd.recordRecovery(20, after.received),
      cmd.closeRecovery(21, after.closed),
      cmd.recordDelivery(22, after.found),
      cmd.electSalvage(23, after.elected),
    ]),
    tail: [
      ...paidTail,
      'CarrierNotified',
      'CarrierLiabilityAssessed',
      'RecoveryFiled',
      'RecoveryReceived',
      'RecoveryClosed',
      'ParcelDelivered',
      'ParcelFoundAfterPayout',
      'ClaimRepaid',
    ],
  },
  'a notice missed, goods surrendered, an election overdue': {
    events: run([
      ...foundingStory,
      cmd.checkDeadlines(17, after.noticeMissedCheck),
      cmd.recordDelivery(18, after.found),
      cmd.checkDeadlines(19, after.electionOverdueCheck),
      cmd.electSalvage(20, '2026-05-04T02:00:00.000Z', 'surrender'),
    ]),
    tail: [
      ...paidTail,
      'CarrierNoticeMissed',
      'ParcelDelivered',
      'ParcelFoundAfterPayout',
      'SalvageElectionOverdue',
      'GoodsSurrendered',
    ],
  },
  'the seller lets its forwarder act for it, then ends that': {
    events: run([
      ...shipment,
      cmd.grantDelegation(8, t.inquiry, 'takesendship'),
      cmd.revokeDelegation(9, t.outboundRecord, 'takesendship'),
    ]),
    tail: ['DelegationGranted', 'DelegationRevoked'],
  },
};

const shipmentTypes: ClaimEventType[] = [
  'ParcelBooked',
  'InsurancePurchased',
  'ParcelPickedUp',
  'ParcelReceivedAtHub',
  'ParcelShipped',
  'ParcelHandedToCarrier',
  'TrackingUpdated',
];

const samples: readonly ClaimEvent[] = Object.values(histories).flatMap((h) => h.events);

describe('event sample histories', () => {
  it.each(Object.entries(histories))('%s writes the expected event types', (_name, history) => {
    expect(history.events.map((e) => e.type)).toEqual([...shipmentTypes, ...history.tail]);
  });
});

describe('event codec round trip', () => {
  it('has a sample of every event type, and of no other', () => {
    const sampled = [...new Set(samples.map((e) => e.type))].sort();
    expect(sampled).toEqual([...claimEventTypes].sort());
  });

  it('lists each event type once', () => {
    expect(claimEventTypes.length).toBe(new Set(claimEventTypes).size);
  });

  it.each(claimEventTypes)('%s survives JSON text, decoding and encoding unchanged', (type) => {
    const ofType = samples.filter((e) => e.type === type);
    expect(ofType.length).toBeGreaterThan(0);
    for (const sample of ofType) {
      const json: unknown = JSON.parse(JSON.stringify(sample));
      const decoded = decodeClaimEvent(json);
      expect(decoded).toEqual(E.right(sample));
      if (E.isLeft(decoded)) return;
      expect(ClaimEvent.encode(decoded.right)).toEqual(sample);
      expect(ClaimEvent.encode(decoded.right)).toEqual(json);
    }
  });
});
