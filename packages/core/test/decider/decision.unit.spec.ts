import { describe, it } from 'vitest';
import { CLAIM, cid, cmd, cnDeadline, cny, event } from '../support/builders.js';
import { dossier, foundingStory, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const opened = run(dossier.slice(0, 1), run(shipment));
const complete = run(dossier, run(shipment));
const submitted = run([cmd.submitClaim(14, t.submitted)], complete);
const accepted = run([cmd.acceptClaim(15, t.accepted)], submitted);
const paid = run(foundingStory);

describe('SubmitClaim', () => {
  it('submits a complete dossier with the decision due in 10 working days', () => {
    given(complete)
      .when(cmd.submitClaim(14, t.submitted))
      .thenEmits([
        event({
          type: 'ClaimSubmitted',
          data: {
            at: t.submitted,
            commandId: cid(14),
            claimId: CLAIM,
            decisionDue: cnDeadline(t.submitted, '2026-02-28', 'working-days', 10),
          },
        }),
      ]);
  });

  it('refuses a dossier with missing documents, naming them', () => {
    given(run(dossier.slice(0, 3), run(shipment)))
      .when(cmd.submitClaim(14, t.submitted))
      .thenRejected({
        code: 'DossierIncomplete',
        rule: 'R6',
        missing: ['proof-of-value', 'buyer-dispute-evidence', 'loss-confirmation'],
        rejected: [],
        message:
          'R6 complete dossier before submission: the loss dossier is incomplete' +
          ' (missing: proof-of-value, buyer-dispute-evidence, loss-confirmation)',
      });
  });

  it('refuses a dossier with a rejected document', () => {
    given(run([cmd.rejectDocument(14, t.submitted, 'outbound-record')], complete))
      .when(cmd.submitClaim(15, '2026-02-09T04:00:00.000Z'))
      .thenRejected({
        code: 'DossierIncomplete',
        rule: 'R6',
        missing: [],
        rejected: ['outbound-record'],
        message:
          'R6 complete dossier before submission: the loss dossier is incomplete (rejected: outbound-record)',
      });
  });

  it('refuses a second submission', () => {
    given(submitted)
      .when(cmd.submitClaim(15, t.accepted))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'submitted',
        requiredStatus: 'gathering-documents',
        message: `K1 claim lifecycle: claim ${CLAIM} is submitted; this needs it gathering-documents`,
      });
  });
});

describe('AcceptClaim', () => {
  const breakdown = {
    sumInsured: cny(300000),
    insuredShare: null,
    provenLoss: cny(320000),
    provenConversions: [],
    coveredShippingCost: cny(0),
    limit: cny(300000),
    deductible: { rule: { kind: 'none' }, amount: cny(0) },
    carrierSettlement: cny(0),
    salvage: cny(0),
    cap: cny(300000),
  } as const;

  it('accepts at most min(insured, proven) with the payout due in 3 working days', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted))
      .thenEmits([
        event({
          type: 'ClaimAccepted',
          data: {
            at: t.accepted,
            commandId: cid(15),
            claimId: CLAIM,
            approvedAmount: cny(300000),
            breakdown,
            payoutDue: cnDeadline(t.accepted, '2026-02-25', 'working-days', 3),
            partialReason: null,
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
  });

  it('caps at the proven value when it is below the insured value (a partial approval)', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { provenValue: cny(250000), approvedAmount: cny(250000) }))
      .thenEmits([
        event({
          type: 'ClaimAccepted',
          data: {
            at: t.accepted,
            commandId: cid(15),
            claimId: CLAIM,
            approvedAmount: cny(250000),
            breakdown: { ...breakdown, provenLoss: cny(250000), limit: cny(250000), cap: cny(250000) },
            payoutDue: cnDeadline(t.accepted, '2026-02-25', 'working-days', 3),
            partialReason: null,
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
  });

  it('counts the covered shipping cost in the proven loss, within the sum insured', () => {
    const withShipping = run(
      [
        cmd.bookParcel(1, t.booked),
        cmd.purchaseInsurance(2, t.insured, { coversShippingCost: true }),
        ...shipment.slice(2),
        ...dossier,
        cmd.submitClaim(14, t.submitted),
      ],
      [],
    );
    given(withShipping)
      .when(cmd.acceptClaim(15, t.accepted, { provenValue: cny(250000), approvedAmount: cny(262000) }))
      .thenEmits([
        event({
          type: 'ClaimAccepted',
          data: {
            at: t.accepted,
            commandId: cid(15),
            claimId: CLAIM,
            approvedAmount: cny(262000),
            breakdown: {
              ...breakdown,
              provenLoss: cny(262000),
              coveredShippingCost: cny(12000),
              limit: cny(262000),
              cap: cny(262000),
            },
            payoutDue: cnDeadline(t.accepted, '2026-02-25', 'working-days', 3),
            partialReason: null,
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
    given(withShipping)
      .when(cmd.acceptClaim(15, t.accepted, { approvedAmount: cny(300001) }))
      .thenRejected({
        code: 'ApprovedAmountAboveCap',
        rule: 'R7',
        approvedAmount: cny(300001),
        breakdown: { ...breakdown, provenLoss: cny(332000), coveredShippingCost: cny(12000) },
        message:
          'R7 approved amount within cap: approved CNY 3,000.01 exceeds the cap CNY 3,000.00' +
          ' = limit CNY 3,000.00 (the lower of sum insured CNY 3,000.00 and proven loss CNY 3,320.00)' +
          ' - deductible CNY 0.00 - carrier settlement CNY 0.00 - salvage CNY 0.00',
      });
  });

  it('takes what the carrier already paid off the cap', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { carrierSettlement: cny(50000), approvedAmount: cny(250000) }))
      .thenEmits([
        event({
          type: 'ClaimAccepted',
          data: {
            at: t.accepted,
            commandId: cid(15),
            claimId: CLAIM,
            approvedAmount: cny(250000),
            breakdown: { ...breakdown, carrierSettlement: cny(50000), cap: cny(250000) },
            payoutDue: cnDeadline(t.accepted, '2026-02-25', 'working-days', 3),
            partialReason: null,
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
  });

  it('refuses an approved amount above the cap', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { approvedAmount: cny(300001) }))
      .thenRejected({
        code: 'ApprovedAmountAboveCap',
        rule: 'R7',
        approvedAmount: cny(300001),
        breakdown,
        message:
          'R7 approved amount within cap: approved CNY 3,000.01 exceeds the cap CNY 3,000.00' +
          ' = limit CNY 3,000.00 (the lower of sum insured CNY 3,000.00 and proven loss CNY 3,200.00)' +
          ' - deductible CNY 0.00 - carrier settlement CNY 0.00 - salvage CNY 0.00',
      });
  });

  it('refuses a zero approved amount', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { approvedAmount: cny(0) }))
      .thenRejected({
        code: 'ApprovedAmountNotPositive',
        rule: 'R7',
        approvedAmount: cny(0),
        message: 'R7 approved amount within cap: the approved amount must be positive; got CNY 0.00',
      });
  });

  it('refuses amounts in another currency than the coverage', () => {
    const usd = { minorUnits: 40000, currency: 'USD' };
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { approvedAmount: usd }))
      .thenRejected({
        code: 'CurrencyMismatch',
        rule: 'R7',
        field: 'approvedAmount',
        expected: 'CNY',
        found: 'USD',
        message: 'R7 approved amount within cap: approvedAmount is in USD; the coverage is in CNY',
      });
  });

  const usdRate = (date: string) => ({
    from: 'USD',
    to: 'CNY',
    rate: '7.1234',
    date,
    source: 'PBOC central parity',
  });

  it('converts a proven value in another currency at a rate of the command, stating the conversion', () => {
    const usd = { minorUnits: 40000, currency: 'USD' };
    given(submitted)
      .when(
        cmd.acceptClaim(15, t.accepted, {
          provenValue: usd,
          approvedAmount: cny(284936),
          rates: [usdRate('2026-01-17')],
        }),
      )
      .thenEmits([
        event({
          type: 'ClaimAccepted',
          data: {
            at: t.accepted,
            commandId: cid(15),
            claimId: CLAIM,
            approvedAmount: cny(284936),
            breakdown: {
              ...breakdown,
              provenLoss: cny(284936),
              provenConversions: [
                { from: usd, to: cny(284936), rate: usdRate('2026-01-17'), rounding: 'half-even' },
              ],
              limit: cny(284936),
              cap: cny(284936),
            },
            payoutDue: cnDeadline(t.accepted, '2026-02-25', 'working-days', 3),
            partialReason: null,
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
  });

  it('refuses a proven value in another currency without a rate, or with one dated too far from the loss', () => {
    const usd = { minorUnits: 40000, currency: 'USD' };
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { provenValue: usd }))
      .thenRejected({
        code: 'ExchangeRateMissing',
        rule: 'R7',
        field: 'provenValue',
        from: 'USD',
        to: 'CNY',
        message: 'R7 approved amount within cap: provenValue is in USD; a rate from USD to CNY is needed',
      });
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { provenValue: usd, rates: [usdRate('2026-01-24')] }))
      .thenRejected({
        code: 'ExchangeRateDateNotAcceptable',
        rule: 'R7',
        field: 'provenValue',
        rateDate: '2026-01-24',
        earliest: '2026-01-17',
        latest: '2026-01-23',
        message:
          'R7 approved amount within cap: the USD/CNY rate of 2026-01-24 is not acceptable for provenValue; a rate dated 2026-01-17 to 2026-01-23 is',
      });
  });

  it('refuses to accept a claim that is still gathering documents', () => {
    given(opened)
      .when(cmd.acceptClaim(9, t.accepted))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'gathering-documents',
        requiredStatus: 'submitted',
        message: `K1 claim lifecycle: claim ${CLAIM} is gathering-documents; this needs it submitted`,
      });
  });

  it('refuses an acceptance by the forwarder', () => {
    given(submitted)
      .when(cmd.acceptClaim(15, t.accepted, { as: 'forwarder' }))
      .thenRejected({
        code: 'CommandNotPermitted',
        rule: 'P1',
        command: 'AcceptClaim',
        role: 'forwarder',
        allowed: ['insurer'],
        message: 'P1 permitted actor: a forwarder may not AcceptClaim; allowed: insurer',
      });
  });
});

describe('RejectClaim', () => {
  it('rejects a submitted claim with its reason', () => {
    given(submitted)
      .when(cmd.rejectClaim(15, t.accepted))
      .thenEmits([
        event({
          type: 'ClaimRejected',
          data: {
            at: t.accepted,
            commandId: cid(15),
            claimId: CLAIM,
            reason: 'customs-seizure',
            explanation: 'Seized by customs at destination',
          },
        }),
      ]);
  });

  it('refuses to reject an accepted claim', () => {
    given(accepted)
      .when(cmd.rejectClaim(16, t.paid))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'accepted',
        requiredStatus: 'submitted',
        message: `K1 claim lifecycle: claim ${CLAIM} is accepted; this needs it submitted`,
      });
  });
});

describe('PayClaim', () => {
  it('pays exactly the approved amount', () => {
    given(accepted)
      .when(cmd.payClaim(16, t.paid))
      .thenEmits([
        event({
          type: 'ClaimPaid',
          data: {
            at: t.paid,
            commandId: cid(16),
            claimId: CLAIM,
            amount: cny(300000),
            paymentReference: 'PAY-2026-0001',
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
  });

  it('refuses to pay twice', () => {
    given(paid)
      .when(cmd.payClaim(17, '2026-02-25T06:00:00.000Z', { paymentReference: 'PAY-2026-0002' }))
      .thenRejected({
        code: 'ClaimAlreadyPaid',
        rule: 'R8',
        paidAt: t.paid,
        amount: cny(300000),
        message: `R8 paid once, exactly, after acceptance: claim ${CLAIM} was already paid CNY 3,000.00 at ${t.paid}`,
      });
  });

  it('refuses to pay a different amount', () => {
    given(accepted)
      .when(cmd.payClaim(16, t.paid, { amount: cny(299999) }))
      .thenRejected({
        code: 'PaymentAmountMismatch',
        rule: 'R8',
        approvedAmount: cny(300000),
        offeredAmount: cny(299999),
        message:
          'R8 paid once, exactly, after acceptance: payment of CNY 2,999.99 differs from the approved CNY 3,000.00',
      });
  });

  it('refuses to pay before acceptance', () => {
    given(submitted)
      .when(cmd.payClaim(15, t.paid))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'R8',
        claimId: CLAIM,
        status: 'submitted',
        requiredStatus: 'accepted',
        message: `R8 paid once, exactly, after acceptance: claim ${CLAIM} is submitted; only an accepted claim is paid`,
      });
  });

  it('refuses to pay a rejected claim', () => {
    given(run([cmd.rejectClaim(15, t.accepted)], submitted))
      .when(cmd.payClaim(16, t.paid))
      .thenRejected({
        code: 'ClaimClosed',
        rule: 'R11',
        claimId: CLAIM,
        status: 'rejected',
        message: `R11 terminal states absorb: claim ${CLAIM} is rejected; a closed claim accepts no further change`,
      });
  });
});

describe('WithdrawClaim', () => {
  it('withdraws a claim when the parcel turns up', () => {
    const found = '2026-01-28T02:00:00.000Z';
    given(opened)
      .when(cmd.withdrawClaim(9, found, 'parcel-found'))
      .thenEmits([
        event({
          type: 'ClaimWithdrawn',
          data: { at: found, commandId: cid(9), claimId: CLAIM, reason: 'parcel-found' },
        }),
      ]);
  });

  it('withdraws an accepted claim before it is paid', () => {
    given(accepted)
      .when(cmd.withdrawClaim(16, t.paid, 'settled-with-buyer'))
      .thenEmits([
        event({
          type: 'ClaimWithdrawn',
          data: { at: t.paid, commandId: cid(16), claimId: CLAIM, reason: 'settled-with-buyer' },
        }),
      ]);
  });

  it('refuses to withdraw a paid claim', () => {
    given(paid)
      .when(cmd.withdrawClaim(17, '2026-03-01T02:00:00.000Z', 'parcel-found'))
      .thenRejected({
        code: 'ClaimClosed',
        rule: 'R11',
        claimId: CLAIM,
        status: 'paid',
        message: `R11 terminal states absorb: claim ${CLAIM} is paid; a closed claim accepts no further change`,
      });
  });

  it('refuses a withdrawal by the insurer', () => {
    given(opened)
      .when(cmd.withdrawClaim(9, t.outboundRecord, 'parcel-found', { as: 'insurer' }))
      .thenRejected({
        code: 'CommandNotPermitted',
        rule: 'P1',
        command: 'WithdrawClaim',
        role: 'insurer',
        allowed: ['seller', 'forwarder'],
        message: 'P1 permitted actor: an insurer may not WithdrawClaim; allowed: seller, forwarder',
      });
  });
});
