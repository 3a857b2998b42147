import { describe, expect, it } from 'vitest';
import { CLAIM, cid, cmd, cnDeadline, cny, event } from '../support/builders.js';
import { shipment } from '../support/founding-story.js';
import { given, run, stateAfter } from '../support/spec.js';

const delivered = '2026-01-12T08:00:00.000Z';
const reported = '2026-01-13T02:00:00.000Z';
const damage = run(
  [
    cmd.recordDelivery(8, delivered),
    cmd.openInquiry(9, reported, { claimType: 'damage' }),
    cmd.attachDocument(10, '2026-01-13T03:00:00.000Z', 'outbound-record'),
    cmd.attachDocument(11, '2026-01-13T03:10:00.000Z', 'proof-of-handover'),
    cmd.attachDocument(12, '2026-01-13T04:00:00.000Z', 'proof-of-value', { as: 'seller' }),
    cmd.attachDocument(13, '2026-01-13T04:05:00.000Z', 'damage-photos', { as: 'seller' }),
    cmd.attachDocument(14, '2026-01-15T09:00:00.000Z', 'repair-estimate', { as: 'seller' }),
    cmd.submitClaim(15, '2026-01-15T10:00:00.000Z'),
  ],
  run(shipment),
);

describe('a damage claim, end to end', () => {
  it('takes the salvage value the insured keeps off the cap, as a step of the breakdown', () => {
    const acceptedAt = '2026-01-16T02:00:00.000Z';
    const accepted = run(
      [
        cmd.acceptClaim(16, acceptedAt, {
          provenValue: cny(45000),
          salvageValue: cny(5000),
          approvedAmount: cny(40000),
        }),
      ],
      damage,
    );
    expect(accepted.at(-1)?.data).toMatchObject({
      approvedAmount: cny(40000),
      breakdown: { limit: cny(45000), salvage: cny(5000), cap: cny(40000) },
      partialReason: null,
    });
    given(damage)
      .when(
        cmd.acceptClaim(16, acceptedAt, {
          provenValue: cny(45000),
          salvageValue: cny(5000),
          approvedAmount: cny(45000),
        }),
      )
      .thenRejected({
        code: 'ApprovedAmountAboveCap',
        rule: 'R7',
        approvedAmount: cny(45000),
        breakdown: {
          sumInsured: cny(300000),
          insuredShare: null,
          provenLoss: cny(45000),
          provenConversions: [],
          coveredShippingCost: cny(0),
          limit: cny(45000),
          deductible: { rule: { kind: 'none' }, amount: cny(0) },
          carrierSettlement: cny(0),
          salvage: cny(5000),
          cap: cny(40000),
        },
        message:
          'R7 approved amount within cap: approved CNY 450.00 exceeds the cap CNY 400.00' +
          ' = limit CNY 450.00 (the lower of sum insured CNY 3,000.00 and proven loss CNY 450.00)' +
          ' - deductible CNY 0.00 - carrier settlement CNY 0.00 - salvage CNY 50.00',
      });
  });

  it('is accepted for the repair estimate, below the insured value, and paid', () => {
    const acceptedAt = '2026-01-16T02:00:00.000Z';
    given(damage)
      .when(cmd.acceptClaim(16, acceptedAt, { provenValue: cny(45000), approvedAmount: cny(45000) }))
      .thenEmits([
        event({
          type: 'ClaimAccepted',
          data: {
            at: acceptedAt,
            commandId: cid(16),
            claimId: CLAIM,
            approvedAmount: cny(45000),
            breakdown: {
              sumInsured: cny(300000),
              insuredShare: null,
              provenLoss: cny(45000),
              provenConversions: [],
              coveredShippingCost: cny(0),
              limit: cny(45000),
              deductible: { rule: { kind: 'none' }, amount: cny(0) },
              carrierSettlement: cny(0),
              salvage: cny(0),
              cap: cny(45000),
            },
            // Friday 16 January: Monday 19 (1), Tuesday 20 (2), Wednesday 21 (3).
            payoutDue: cnDeadline(acceptedAt, '2026-01-21', 'working-days', 3),
            partialReason: null,
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
    const paid = run(
      [
        cmd.acceptClaim(16, acceptedAt, { provenValue: cny(45000), approvedAmount: cny(45000) }),
        cmd.payClaim(17, '2026-01-19T06:00:00.000Z', { amount: cny(45000) }),
      ],
      damage,
    );
    expect(paid.slice(-1)).toEqual([
      event({
        type: 'ClaimPaid',
        data: {
          at: '2026-01-19T06:00:00.000Z',
          commandId: cid(17),
          claimId: CLAIM,
          amount: cny(45000),
          paymentReference: 'PAY-2026-0001',
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
    ]);
    expect(stateAfter(paid).claim?.status).toBe('paid');
  });

  it('refuses a submission without the repair estimate', () => {
    given(damage.slice(0, -2))
      .when(cmd.submitClaim(15, '2026-01-15T10:00:00.000Z'))
      .thenRejected({
        code: 'DossierIncomplete',
        rule: 'R6',
        missing: ['repair-estimate'],
        rejected: [],
        message:
          'R6 complete dossier before submission: the damage dossier is incomplete (missing: repair-estimate)',
      });
  });
});
