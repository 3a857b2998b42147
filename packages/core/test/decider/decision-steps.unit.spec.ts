import { describe, expect, it } from 'vitest';
import { CLAIM, cid, cmd, cnDeadline, cny, event, hash } from '../support/builders.js';
import { dossier, shipment, t } from '../support/founding-story.js';
import { given, run, stateAfter } from '../support/spec.js';

// Submitted Monday 9 February 2026 (11:00 in Shanghai): the decision is due in 10 working days,
// at the end of the make-up Saturday 28 February (the Spring Festival rests 15-23 February).
const submitted = run([cmd.submitClaim(14, t.submitted)], run(dossier, run(shipment)));
// Asked on Wednesday 11 February: Tuesday 10 and Wednesday 11 are used, 8 working days are left.
const askedAt = '2026-02-11T02:00:00.000Z';
const asked = run([cmd.requestInformation(15, askedAt)], submitted);
// Answered on Monday 2 March: the 8 days left run from Tuesday 3 March to Thursday 12 March.
const answeredAt = '2026-03-02T02:00:00.000Z';
const answered = run([cmd.answerInformationRequest(16, answeredAt)], asked);
const rejected = run([cmd.rejectClaim(15, t.accepted)], submitted);
const payee = { role: 'seller', partyId: 'seller-a' } as const;

describe('RequestInformation and AnswerInformationRequest (K2): the decision clock pauses', () => {
  it('asks the seller, puts the claim in needs-action and stores the working days used', () => {
    given(submitted)
      .when(cmd.requestInformation(15, askedAt))
      .thenEmits([
        event({
          type: 'InformationRequested',
          data: {
            at: askedAt,
            commandId: cid(15),
            claimId: CLAIM,
            question: 'Please send the courier hand-over receipt',
            askedOf: 'seller',
            answerDue: '2026-02-18T02:00:00.000Z',
            decisionDaysUsed: 2,
          },
        }),
      ]);
    expect(stateAfter(asked).claim?.status).toBe('needs-action');
  });

  it('resumes on the answer with the working days left, the adjusted due date stored', () => {
    given(asked)
      .when(cmd.answerInformationRequest(16, answeredAt))
      .thenEmits([
        event({
          type: 'InformationProvided',
          data: {
            at: answeredAt,
            commandId: cid(16),
            claimId: CLAIM,
            answeredBy: 'seller',
            answer: 'The hand-over receipt is attached',
            contentHash: hash(16),
            decisionDue: cnDeadline(answeredAt, '2026-03-12', 'working-days', 8),
          },
        }),
      ]);
    expect(stateAfter(answered).claim?.status).toBe('submitted');
  });

  it('flags no decision overdue while paused past the first due date, and does once the resumed one passes', () => {
    given(asked).when(cmd.checkDeadlines(16, '2026-03-01T00:00:00.000Z')).thenEmits([]);
    given(answered).when(cmd.checkDeadlines(17, '2026-03-12T15:59:59.999Z')).thenEmits([]);
    given(answered)
      .when(cmd.checkDeadlines(17, '2026-03-12T16:00:00.000Z'))
      .thenEmits([
        event({
          type: 'DecisionOverdue',
          data: {
            at: '2026-03-12T16:00:00.000Z',
            commandId: cid(17),
            claimId: CLAIM,
            dueAt: '2026-03-12T15:59:59.999Z',
          },
        }),
      ]);
  });

  it('counts a second pause from where the first left off', () => {
    // Running again since Monday 2 March: Tuesday 3 and Wednesday 4 are used as well.
    given(answered)
      .when(cmd.requestInformation(17, '2026-03-04T02:00:00.000Z', { askedOf: 'carrier' }))
      .thenEmits([
        event({
          type: 'InformationRequested',
          data: {
            at: '2026-03-04T02:00:00.000Z',
            commandId: cid(17),
            claimId: CLAIM,
            question: 'Please send the courier hand-over receipt',
            askedOf: 'carrier',
            answerDue: '2026-03-11T02:00:00.000Z',
            decisionDaysUsed: 4,
          },
        }),
      ]);
  });

  it('refuses to ask once the clock has run out', () => {
    given(submitted)
      .when(cmd.requestInformation(15, '2026-03-01T02:00:00.000Z'))
      .thenRejected({
        code: 'DecisionClockRunOut',
        rule: 'K2',
        decisionDays: 10,
        workingDaysUsed: 10,
        decisionDue: cnDeadline(t.submitted, '2026-02-28', 'working-days', 10),
        message: `K2 decision clock pauses for information: the decision clock of claim ${CLAIM} has used 10 of its 10 working days; nothing is left to pause`,
      });
  });

  it('refuses an answer due no later than the request', () => {
    given(submitted)
      .when(cmd.requestInformation(15, askedAt, { answerDue: askedAt }))
      .thenRejected({
        code: 'AnswerDueNotAhead',
        rule: 'K2',
        answerDue: askedAt,
        now: askedAt,
        message: `K2 decision clock pauses for information: the answer would be due at ${askedAt}, not after the request at ${askedAt}`,
      });
  });

  it('refuses an answer from a party that was not asked; the forwarder answers for the seller', () => {
    const askedCarrier = run([cmd.requestInformation(15, askedAt, { askedOf: 'carrier' })], submitted);
    given(askedCarrier).when(cmd.answerInformationRequest(16, answeredAt)).thenRejected({
      code: 'NotThePartyAsked',
      rule: 'K2',
      askedOf: 'carrier',
      role: 'seller',
      message:
        'K2 decision clock pauses for information: the carrier was asked; the seller cannot answer for it',
    });
    expect(run([cmd.answerInformationRequest(16, answeredAt, { as: 'forwarder' })], asked).at(-1)?.type).toBe(
      'InformationProvided',
    );
  });

  it('refuses a decision, a second request and a document rejection while the claim needs action', () => {
    const notSubmitted = {
      code: 'ClaimNotInStatus',
      rule: 'K1',
      claimId: CLAIM,
      status: 'needs-action',
      requiredStatus: 'submitted',
      message: `K1 claim lifecycle: claim ${CLAIM} is needs-action; this needs it submitted`,
    } as const;
    given(asked).when(cmd.acceptClaim(16, t.accepted)).thenRejected(notSubmitted);
    given(asked).when(cmd.requestInformation(16, t.accepted)).thenRejected(notSubmitted);
    given(asked)
      .when(cmd.rejectDocument(16, t.accepted, 'proof-of-value'))
      .thenRejected(notSubmitted);
  });
});

describe('AcceptClaim below the cap (R7): a partial approval states its reason', () => {
  const reason = 'The buyer kept one of the two lenses';

  it('accepts in part with the reason, in approved-partial', () => {
    const events = run(
      [cmd.acceptClaim(15, t.accepted, { approvedAmount: cny(150000), partialReason: reason })],
      submitted,
    );
    expect(events.at(-1)?.data).toMatchObject({ approvedAmount: cny(150000), partialReason: reason });
    expect(stateAfter(events).claim?.status).toBe('approved-partial');
    expect(run([cmd.payClaim(16, t.paid, { amount: cny(150000) })], events).at(-1)?.type).toBe('ClaimPaid');
  });

  it('refuses an amount below the cap without a reason, and a reason for the whole cap', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { approvedAmount: cny(150000) }))
      .thenRejected({
        code: 'PartialApprovalReasonMissing',
        rule: 'R7',
        approvedAmount: cny(150000),
        cap: cny(300000),
        message:
          'R7 approved amount within cap: approving CNY 1,500.00 below the cap CNY 3,000.00 is a partial approval and needs its reason',
      });
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { partialReason: reason }))
      .thenRejected({
        code: 'PartialApprovalReasonWithFullCap',
        rule: 'R7',
        approvedAmount: cny(300000),
        cap: cny(300000),
        message:
          'R7 approved amount within cap: CNY 3,000.00 is the whole cap; a partial-approval reason does not apply',
      });
  });

  it('refuses a salvage value on a loss claim', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { salvageValue: cny(10000) }))
      .thenRejected({
        code: 'SalvageNotForThisClaimType',
        rule: 'R7',
        claimType: 'loss',
        message:
          'R7 approved amount within cap: a salvage value lowers damage payouts only; this is a loss claim',
      });
  });
});

describe('payees and payment (E1)', () => {
  it('refuses the buyer where the policy does not list it, and a seller that is not the parcel’s', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { payee: { role: 'buyer', partyId: 'buyer-1' } }))
      .thenRejected({
        code: 'PayeeNotAllowed',
        rule: 'E1',
        role: 'buyer',
        allowed: ['seller', 'forwarder'],
        message: 'E1 payee and payment method: the policy pays only seller, forwarder; not the buyer',
      });
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { payee: { role: 'seller', partyId: 'seller-b' } }))
      .thenRejected({
        code: 'PayeeNotTheParty',
        rule: 'E1',
        role: 'seller',
        named: 'seller-b',
        expected: 'seller-a',
        message: "E1 payee and payment method: the parcel's seller is seller-a, not seller-b",
      });
  });

  const accepted = run(
    [
      cmd.acceptClaim(15, t.accepted, {
        payee: { role: 'forwarder', partyId: 'takesendship' },
        method: 'wallet',
      }),
    ],
    submitted,
  );

  it('pays the payee the acceptance named, by its method, keeping the reference', () => {
    given(accepted)
      .when(
        cmd.payClaim(16, t.paid, { payee: { role: 'forwarder', partyId: 'takesendship' }, method: 'wallet' }),
      )
      .thenEmits([
        event({
          type: 'ClaimPaid',
          data: {
            at: t.paid,
            commandId: cid(16),
            claimId: CLAIM,
            amount: cny(300000),
            paymentReference: 'PAY-2026-0001',
            payee: { role: 'forwarder', partyId: 'takesendship' },
            method: 'wallet',
          },
        }),
      ]);
  });

  it('refuses another payee or another method than the acceptance named', () => {
    given(accepted)
      .when(cmd.payClaim(16, t.paid, { method: 'wallet' }))
      .thenRejected({
        code: 'PayeeMismatch',
        rule: 'E1',
        named: { role: 'forwarder', partyId: 'takesendship' },
        offered: payee,
        message:
          'E1 payee and payment method: the acceptance names the forwarder takesendship; the payment goes to the seller seller-a',
      });
    given(accepted)
      .when(cmd.payClaim(16, t.paid, { payee: { role: 'forwarder', partyId: 'takesendship' } }))
      .thenRejected({
        code: 'PaymentMethodMismatch',
        rule: 'E1',
        named: 'wallet',
        offered: 'bank-transfer',
        message: 'E1 payee and payment method: the acceptance names payment by wallet, not bank-transfer',
      });
  });
});

describe('AppealRejection (K3): a rejection appealed with new documents reopens the claim', () => {
  const appealAt = '2026-02-20T02:00:00.000Z';
  const reopened = run([cmd.appealRejection(16, appealAt)], rejected);

  it('reopens the claim with a new decision due date, then it is accepted and paid', () => {
    given(rejected)
      .when(cmd.appealRejection(16, appealAt))
      .thenEmits([
        event({
          type: 'ClaimReopened',
          data: {
            at: appealAt,
            commandId: cid(16),
            claimId: CLAIM,
            appeal: 1,
            grounds: 'The parcel was never handed to customs',
            documents: [
              {
                documentType: 'proof-of-handover',
                reference: 'dossier/appeal-16.pdf',
                contentHash: hash(16),
              },
            ],
            // Friday 20 February rests: counted from Tuesday 24 February, ten working days with the
            // make-up Saturday 28 February end on Monday 9 March.
            decisionDue: cnDeadline(appealAt, '2026-03-09', 'working-days', 10),
          },
        }),
      ]);
    const paid = run(
      [cmd.acceptClaim(17, '2026-03-02T02:00:00.000Z'), cmd.payClaim(18, '2026-03-03T02:00:00.000Z')],
      reopened,
    );
    expect(stateAfter(paid).claim).toMatchObject({ status: 'paid', appeals: 1, closure: { status: 'paid' } });
  });

  it('refuses an appeal after the window, a second appeal beyond the policy, and one without new documents', () => {
    given(rejected)
      .when(cmd.appealRejection(16, '2026-03-15T02:00:00.001Z'))
      .thenRejected({
        code: 'AppealTooLate',
        rule: 'K3',
        rejectedAt: t.accepted,
        daysSinceRejection: 30,
        appealWindowDays: 30,
        message: `K3 appeal against a rejection: claim ${CLAIM} was rejected at ${t.accepted}; appeals close 30 days after the rejection`,
      });
    given(run([cmd.rejectClaim(17, '2026-02-23T02:00:00.000Z')], reopened))
      .when(cmd.appealRejection(18, '2026-02-24T02:00:00.000Z'))
      .thenRejected({
        code: 'NoAppealsLeft',
        rule: 'K3',
        appeals: 1,
        appealsAllowed: 1,
        message: `K3 appeal against a rejection: claim ${CLAIM} was appealed 1 of 1 times allowed`,
      });
    given(rejected)
      .when(cmd.appealRejection(16, appealAt, { documents: [] }))
      .thenRejected({
        code: 'AppealWithoutDocuments',
        rule: 'K3',
        field: 'documents',
        message: 'K3 appeal against a rejection: an appeal brings at least one new document',
      });
    given(rejected)
      .when(
        cmd.appealRejection(16, appealAt, {
          documents: [
            { documentType: 'proof-of-value', reference: 'dossier/again.pdf', contentHash: hash(11) },
          ],
        }),
      )
      .thenRejected({
        code: 'DocumentNotNew',
        rule: 'K3',
        field: 'documents[0]',
        documentType: 'proof-of-value',
        reference: 'dossier/again.pdf',
        message:
          'K3 appeal against a rejection: the proof-of-value dossier/again.pdf is already in the dossier',
      });
  });

  it('refuses an appeal of a loss claim once the lost piece was delivered', () => {
    given(run([cmd.recordDelivery(16, '2026-02-16T02:00:00.000Z')], rejected))
      .when(cmd.appealRejection(17, appealAt))
      .thenRejected({
        code: 'ParcelAlreadyDelivered',
        rule: 'K3',
        deliveredAt: '2026-02-16T02:00:00.000Z',
        message: `K3 appeal against a rejection: a piece of loss claim ${CLAIM} was delivered at 2026-02-16T02:00:00.000Z; the rejection stands`,
      });
  });

  it('refuses an appeal of a claim that was not rejected', () => {
    given(submitted)
      .when(cmd.appealRejection(15, appealAt))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'submitted',
        requiredStatus: 'rejected',
        message: `K1 claim lifecycle: claim ${CLAIM} is submitted; this needs it rejected`,
      });
  });
});
