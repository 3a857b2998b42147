import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type ClaimCommand,
  calendarRegistry,
  claimsDecider,
  defaultPolicy,
  policyBook,
} from '../../src/index.js';
import { CLAIM, cid, cmd, event, PARCEL } from '../support/builders.js';
import { decision, dossier, shipment, t } from '../support/founding-story.js';
import { given, run, stateAfter } from '../support/spec.js';

const shipped = run(shipment);
const opened = run(dossier.slice(0, 1), shipped);
const complete = run(dossier, shipped);
const submitted = run(decision.slice(0, 1), complete);
const accepted = run(decision, complete);

describe('every command but BookParcel needs a booked parcel (L1)', () => {
  const now = t.booked;
  const commands: readonly ClaimCommand[] = [
    cmd.recordPickup(1, now),
    cmd.recordHubArrival(1, now),
    cmd.shipParcel(1, now),
    cmd.handOverToCarrier(1, now),
    cmd.recordTrackingUpdate(1, now, now),
    cmd.recordDelivery(1, now),
    cmd.openInquiry(1, now),
    cmd.attachDocument(1, now, 'outbound-record'),
    cmd.rejectDocument(1, now, 'outbound-record'),
    cmd.extendDocumentDeadline(1, now, 'loss-confirmation', 5),
    cmd.confirmLoss(1, now),
    cmd.submitClaim(1, now),
    cmd.acceptClaim(1, now),
    cmd.rejectClaim(1, now),
    cmd.payClaim(1, now),
    cmd.withdrawClaim(1, now),
  ];
  for (const command of commands)
    it(`refuses ${command.type} on an empty stream`, () => {
      given([])
        .when(command)
        .thenRejected({
          code: 'ParcelNotBooked',
          rule: 'L1',
          command: command.type,
          message: `L1 shipment lifecycle: ${command.type} needs a booked parcel; this stream has none`,
        });
    });
});

describe('claim commands on a parcel without the claim they name', () => {
  it('refuses a claim command on a booked parcel that was never insured (R3)', () => {
    given(run([cmd.bookParcel(1, t.booked)]))
      .when(cmd.submitClaim(2, t.insured))
      .thenRejected({
        code: 'ParcelNotInsured',
        rule: 'R3',
        parcelId: PARCEL,
        message: `R3 insured before dispatch: parcel ${PARCEL} has no insurance`,
      });
  });

  it('refuses a claim command when the parcel has no claim at all (K1)', () => {
    given(shipped)
      .when(cmd.submitClaim(8, t.inquiry))
      .thenRejected({
        code: 'NoSuchClaim',
        rule: 'K1',
        claimId: CLAIM,
        currentClaimId: null,
        message: `K1 claim lifecycle: claim ${CLAIM} does not exist; the parcel has no claim`,
      });
  });
});

describe('a delivery ends an open loss claim (K1)', () => {
  const withdrawnOnDelivery = (n: number, at: string) => [
    event({ type: 'ParcelDelivered', data: { at, commandId: cid(n), pieceIds: ['P1'] } }),
    event({
      type: 'ClaimWithdrawn',
      data: { at, commandId: cid(n), claimId: CLAIM, reason: 'parcel-delivered' },
    }),
  ];

  it('while the claim waits for a decision', () => {
    const at = '2026-02-10T02:00:00.000Z';
    given(submitted).when(cmd.recordDelivery(15, at)).thenEmits(withdrawnOnDelivery(15, at));
  });

  it('while the accepted claim waits for its payment', () => {
    const at = '2026-02-14T02:00:00.000Z';
    given(accepted).when(cmd.recordDelivery(16, at)).thenEmits(withdrawnOnDelivery(16, at));
  });
});

describe('terms that no longer resolve when a claim is made (C1)', () => {
  it('refuses an inquiry when the payer calendar has left the registry', () => {
    const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: calendarRegistry([]) });
    expect(decider.decide(cmd.openInquiry(8, t.inquiry), stateAfter(shipped))).toEqual(
      E.left({
        code: 'UnknownCalendar',
        rule: 'C1',
        calendarId: 'cn-mainland',
        reason: 'unknown calendar: cn-mainland',
        message:
          'C1 coverage terms: payer calendar cn-mainland cannot be used: unknown calendar: cn-mainland',
      }),
    );
  });
});

describe('documents (D1)', () => {
  it('refuses to extend the deadline of a document the claim type does not take', () => {
    given(opened)
      .when(cmd.extendDocumentDeadline(9, t.outboundRecord, 'damage-photos', 5))
      .thenRejected({
        code: 'DocumentNotRequired',
        rule: 'D1',
        documentType: 'damage-photos',
        claimType: 'loss',
        message: 'D1 document provision: a loss claim takes no damage-photos',
      });
  });

  it('lists every party allowed to provide a document the caller may not provide', () => {
    given(opened)
      .when(cmd.attachDocument(9, t.outboundRecord, 'proof-of-value', { as: 'carrier' }))
      .thenRejected({
        code: 'DocumentProviderNotAllowed',
        rule: 'D1',
        documentType: 'proof-of-value',
        role: 'carrier',
        allowed: ['seller', 'forwarder'],
        message:
          'D1 document provision: a carrier may not provide the proof-of-value; allowed: seller, forwarder',
      });
  });
});

describe('an incomplete dossier names what is missing and what was rejected (R6)', () => {
  it('lists every missing document', () => {
    given(opened)
      .when(cmd.submitClaim(9, t.outboundRecord))
      .thenRejected({
        code: 'DossierIncomplete',
        rule: 'R6',
        missing: [
          'outbound-record',
          'proof-of-value',
          'proof-of-handover',
          'buyer-dispute-evidence',
          'loss-confirmation',
        ],
        rejected: [],
        message:
          'R6 complete dossier before submission: the loss dossier is incomplete (missing: outbound-record, ' +
          'proof-of-value, proof-of-handover, buyer-dispute-evidence, loss-confirmation)',
      });
  });

  it('separates the missing from the rejected', () => {
    const rejectedOne = run(
      [cmd.rejectDocument(13, '2026-01-22T02:00:00.000Z', 'proof-of-value')],
      run(dossier.slice(1, 5), opened),
    );
    given(rejectedOne)
      .when(cmd.submitClaim(14, '2026-01-22T03:00:00.000Z'))
      .thenRejected({
        code: 'DossierIncomplete',
        rule: 'R6',
        missing: ['loss-confirmation'],
        rejected: ['proof-of-value'],
        message:
          'R6 complete dossier before submission: the loss dossier is incomplete ' +
          '(missing: loss-confirmation; rejected: proof-of-value)',
      });
  });
});

describe('a dossier with several rejected documents (R6)', () => {
  it('lists them all', () => {
    const rejectedTwo = run(
      [
        cmd.rejectDocument(14, '2026-02-09T02:10:00.000Z', 'proof-of-value'),
        cmd.rejectDocument(15, '2026-02-09T02:20:00.000Z', 'outbound-record'),
      ],
      complete,
    );
    given(rejectedTwo)
      .when(cmd.submitClaim(16, '2026-02-09T03:00:00.000Z'))
      .thenRejected({
        code: 'DossierIncomplete',
        rule: 'R6',
        missing: [],
        rejected: ['outbound-record', 'proof-of-value'],
        message:
          'R6 complete dossier before submission: the loss dossier is incomplete ' +
          '(rejected: outbound-record, proof-of-value)',
      });
  });
});

describe('a settled coverage takes no new claim (R5)', () => {
  it('refuses a new inquiry after the insurer rejected the claim', () => {
    const rejected = run([cmd.rejectClaim(15, t.accepted)], submitted);
    given(rejected)
      .when(cmd.openInquiry(16, '2026-02-14T02:00:00.000Z', { claimId: 'claim-2' }))
      .thenRejected({
        code: 'CoverageAlreadySettled',
        rule: 'R5',
        settledClaimId: CLAIM,
        status: 'rejected',
        message: `R5 one open claim, repeats change nothing: claim ${CLAIM} was rejected; the coverage is settled`,
      });
  });
});

describe('CheckDeadlines on closed claims (R9, R10)', () => {
  const lapseAt = '2026-02-19T16:00:00.000Z';
  const lapsed = run([cmd.checkDeadlines(9, lapseAt)], opened);

  it('lapses an overdue claim once', () => {
    const sellerDue = '2026-02-19T15:59:59.999Z';
    expect(lapsed.slice(opened.length)).toEqual([
      event({
        type: 'ClaimLapsed',
        data: {
          at: lapseAt,
          commandId: cid(9),
          claimId: CLAIM,
          missingDocuments: [
            { documentType: 'proof-of-value', owedBy: 'seller', dueAt: sellerDue },
            { documentType: 'buyer-dispute-evidence', owedBy: 'seller', dueAt: sellerDue },
          ],
        },
      }),
    ]);
  });

  it('writes nothing for a lapsed claim whose documents are still missing', () => {
    given(lapsed).when(cmd.checkDeadlines(10, '2026-06-01T00:00:00.000Z')).thenNothing();
  });

  it('writes nothing for a withdrawn claim whose documents are overdue', () => {
    const withdrawn = run([cmd.withdrawClaim(9, t.outboundRecord, 'seller-request')], opened);
    given(withdrawn).when(cmd.checkDeadlines(10, '2026-06-01T00:00:00.000Z')).thenNothing();
  });

  it('never flags the payout of an accepted claim that was then withdrawn', () => {
    const withdrawn = run(
      [cmd.withdrawClaim(16, '2026-02-14T02:00:00.000Z', 'settled-with-buyer')],
      accepted,
    );
    given(withdrawn).when(cmd.checkDeadlines(17, '2026-06-01T00:00:00.000Z')).thenNothing();
  });
});

describe('an overdue decision (K1)', () => {
  it('is recorded on the claim, which otherwise stays as it was', () => {
    const late = '2026-06-01T00:00:00.000Z';
    const overdue = run([cmd.checkDeadlines(15, late)], submitted);
    const before = stateAfter(submitted).claim;
    expect(overdue.slice(submitted.length)).toEqual([
      event({
        type: 'DecisionOverdue',
        data: { at: late, commandId: cid(15), claimId: CLAIM, dueAt: '2026-02-28T15:59:59.999Z' },
      }),
    ]);
    expect(stateAfter(overdue).claim).toEqual(before === null ? null : { ...before, decisionOverdue: true });
  });
});
