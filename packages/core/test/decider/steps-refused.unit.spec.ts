import { describe, it } from 'vitest';
import { after, recoveryFiled } from '../support/after-payment.js';
import { CLAIM, cmd, cny } from '../support/builders.js';
import { dossier, foundingStory, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const paid = run(foundingStory);
const gathering = run([...shipment, ...dossier]);
const submitted = run([cmd.submitClaim(14, t.submitted)], gathering);
const closedMessage = `R11 terminal states absorb: claim ${CLAIM} is paid; a closed claim accepts no further change`;

describe('the steps of a decision, refused by the rule that owns the refusal', () => {
  it('R11: no information is asked for or given on a paid claim', () => {
    const closed = {
      code: 'ClaimClosed',
      rule: 'R11',
      claimId: CLAIM,
      status: 'paid',
      message: closedMessage,
    } as const;
    given(paid).when(cmd.requestInformation(17, after.notified)).thenRejected(closed);
    given(paid).when(cmd.answerInformationRequest(17, after.notified)).thenRejected(closed);
  });

  it('K1: an answer needs a claim waiting for one', () => {
    given(submitted)
      .when(cmd.answerInformationRequest(15, t.accepted))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'submitted',
        requiredStatus: 'needs-action',
        message: `K1 claim lifecycle: claim ${CLAIM} is submitted; this needs it needs-action`,
      });
  });
});

describe('the steps after the decision, refused by the rule that owns the refusal', () => {
  it('N1: the carrier liability is assessed only on an accepted or paid claim', () => {
    given(gathering)
      .when(cmd.assessCarrierLiability(14, t.submitted))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'N1',
        claimId: CLAIM,
        status: 'gathering-documents',
        requiredStatus: 'accepted',
        message: `N1 carrier notice: claim ${CLAIM} is gathering-documents; the carrier is told once it is accepted or paid`,
      });
  });

  it('N3: a recovery is closed only once filed', () => {
    given(paid)
      .when(cmd.closeRecovery(17, after.notified))
      .thenRejected({
        code: 'NoOpenRecovery',
        rule: 'N3',
        claimId: CLAIM,
        state: 'none',
        message: `N3 recovery within what was paid: no recovery was filed for claim ${CLAIM}`,
      });
  });

  it('N3: a recovery is filed once', () => {
    given(run(recoveryFiled, paid))
      .when(cmd.fileRecovery(20, after.received))
      .thenRejected({
        code: 'RecoveryAlreadyFiled',
        rule: 'N3',
        filed: cny(20000),
        filedAt: after.filed,
        message: `N3 recovery within what was paid: a recovery of CNY 200.00 was already filed at ${after.filed}`,
      });
  });

  it('N3: nothing is filed or received for zero', () => {
    const zero = {
      code: 'RecoveryAmountNotPositive',
      rule: 'N3',
      field: '$.data.amount.minorUnits',
      amount: cny(0),
      message: 'N3 recovery within what was paid: a recovery amount is above zero',
    } as const;
    given(run(recoveryFiled.slice(0, 2), paid))
      .when(cmd.fileRecovery(19, after.filed, { amount: cny(0) }))
      .thenRejected(zero);
    given(run(recoveryFiled, paid))
      .when(cmd.recordRecovery(20, after.received, { amount: cny(0) }))
      .thenRejected(zero);
  });
});
