import { describe, it } from 'vitest';
import { after, recoveryFiled } from '../support/after-payment.js';
import { CLAIM, cid, cmd, cnDeadline, cny, event } from '../support/builders.js';
import { decision, dossier, foundingStory, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const paid = run(foundingStory);
const accepted = run([...shipment, ...dossier, ...decision]);
const filed = run(recoveryFiled, paid);
const found = run([cmd.recordDelivery(17, after.found)], paid);
// Accepted Friday 13 February 10:00 in Shanghai: the default contract's 30 days end on 15 March.
const noticeDue = cnDeadline(t.accepted, '2026-03-15', 'calendar-days', 30);

describe('N1 carrier notice', () => {
  it('stores the due date of the contract window with the notice', () => {
    given(paid)
      .when(cmd.notifyCarrier(17, after.notified))
      .thenEmits([
        event({
          type: 'CarrierNotified',
          data: {
            at: after.notified,
            commandId: cid(17),
            claimId: CLAIM,
            carrierId: 'sky-cargo',
            reference: 'NOTICE-1',
            noticeDue,
          },
        }),
      ]);
  });

  it('notifies once', () => {
    given(run([cmd.notifyCarrier(17, after.notified)], paid))
      .when(cmd.notifyCarrier(18, after.assessed))
      .thenRejected({
        code: 'CarrierAlreadyNotified',
        rule: 'N1',
        notifiedAt: after.notified,
        reference: 'NOTICE-1',
        message: `N1 carrier notice: the carrier was already notified at ${after.notified} (NOTICE-1)`,
      });
  });

  it('is refused before the decision', () => {
    given(run([...shipment, ...dossier]))
      .when(cmd.notifyCarrier(17, after.notified))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'N1',
        claimId: CLAIM,
        status: 'gathering-documents',
        requiredStatus: 'accepted',
        message: `N1 carrier notice: claim ${CLAIM} is gathering-documents; the carrier is told once it is accepted or paid`,
      });
  });

  it('flags a missed notice once, the day after the window ends, in the payer calendar', () => {
    given(paid).when(cmd.checkDeadlines(17, noticeDue.dueAt)).thenNothing();
    const missedAt = '2026-03-15T16:00:00.000Z';
    given(accepted)
      .when(cmd.checkDeadlines(17, missedAt))
      .thenEmits([
        event({
          type: 'PayoutOverdue',
          data: { at: missedAt, commandId: cid(17), claimId: CLAIM, dueAt: '2026-02-25T15:59:59.999Z' },
        }),
      ]);
    given(paid)
      .when(cmd.checkDeadlines(17, missedAt))
      .thenEmits([
        event({
          type: 'CarrierNoticeMissed',
          data: { at: missedAt, commandId: cid(17), claimId: CLAIM, carrierId: 'sky-cargo', noticeDue },
        }),
      ]);
    given(run([cmd.checkDeadlines(17, missedAt)], paid))
      .when(cmd.checkDeadlines(18, after.closed))
      .thenNothing();
  });
});

describe('N2 carrier liability', () => {
  it('caps at the Montreal figure in force at dispatch times the claimed weight, at the SDR rate, half-even', () => {
    // 850 g at 26 SDR/kg = 22.1 SDR; at CNY 9.6543 = CNY 213.36003, rounded to CNY 213.36.
    given(paid)
      .when(cmd.assessCarrierLiability(17, after.assessed))
      .thenEmits([
        event({
          type: 'CarrierLiabilityAssessed',
          data: {
            at: after.assessed,
            commandId: cid(17),
            claimId: CLAIM,
            pieceIds: ['P1'],
            basis: {
              kind: 'regime',
              regime: 'montreal',
              effectiveFrom: '2024-12-28',
              sdrPerKg: '26',
              sdrPerParcel: null,
              weightGrams: 850,
              sdr: '22.1',
              sdrRate: { to: 'CNY', rate: '9.6543', date: '2026-02-02', source: 'IMF SDR valuation' },
            },
            cap: cny(21336),
            rounding: 'half-even',
          },
        }),
      ]);
  });

  it('adds the UPU figure per parcel to its figure per kilogram', () => {
    // 40 SDR + 0.85 kg × 4.5 SDR = 43.825 SDR; at CNY 10 = CNY 438.25.
    const sdrRate = { to: 'CNY', rate: '10', date: '2026-02-02', source: 'IMF' };
    given(paid)
      .when(cmd.assessCarrierLiability(17, after.assessed, { regime: 'upu', sdrRate }))
      .thenEmits([
        event({
          type: 'CarrierLiabilityAssessed',
          data: {
            at: after.assessed,
            commandId: cid(17),
            claimId: CLAIM,
            pieceIds: ['P1'],
            basis: {
              kind: 'regime',
              regime: 'upu',
              effectiveFrom: '2018-01-01',
              sdrPerKg: '4.5',
              sdrPerParcel: '40',
              weightGrams: 850,
              sdr: '43.825',
              sdrRate,
            },
            cap: cny(43825),
            rounding: 'half-even',
          },
        }),
      ]);
  });

  it('needs an SDR rate for a regime, into the coverage currency', () => {
    given(paid)
      .when(cmd.assessCarrierLiability(17, after.assessed, { regime: 'cmr', sdrRate: null }))
      .thenRejected({
        code: 'SdrRateMissing',
        rule: 'N2',
        regime: 'cmr',
        message: 'N2 carrier liability: the cmr regime caps in SDR; an SDR rate into CNY is needed',
      });
    given(paid)
      .when(
        cmd.assessCarrierLiability(17, after.assessed, {
          sdrRate: { to: 'EUR', rate: '1.2', date: '2026-02-02', source: 'IMF' },
        }),
      )
      .thenRejected({
        code: 'CurrencyMismatch',
        rule: 'N2',
        field: '$.data.sdrRate.to',
        expected: 'CNY',
        found: 'EUR',
        message: 'N2 carrier liability: the SDR rate is into EUR; the coverage is in CNY',
      });
  });

  it('caps at the value declared for carriage, which the founding parcel has none of', () => {
    given(paid)
      .when(cmd.assessCarrierLiability(17, after.assessed, { regime: 'declared-value', sdrRate: null }))
      .thenRejected({
        code: 'NoCarriageValue',
        rule: 'N2',
        parcelId: 'TSS-2026-000042',
        message:
          'N2 carrier liability: parcel TSS-2026-000042 was booked without a value declared for carriage',
      });
  });
});

describe('N3 recovery', () => {
  it('is filed after payment, within the carrier cap', () => {
    given(run(recoveryFiled.slice(0, 2), paid))
      .when(cmd.fileRecovery(19, after.filed, { amount: cny(21337) }))
      .thenRejected({
        code: 'RecoveryAboveLimit',
        rule: 'N3',
        amount: cny(21337),
        limit: cny(21336),
        paid: cny(300000),
        repaid: null,
        carrierCap: cny(21336),
        message:
          'N3 recovery within what was paid: a recovery of CNY 213.37 is above CNY 213.36, the lower of what was paid (CNY 3,000.00 net) and the carrier cap (CNY 213.36)',
      });
  });

  it('cannot be filed before the claim is paid: a settlement before the decision lowers the approved amount instead', () => {
    given(
      run([cmd.notifyCarrier(16, after.notified), cmd.assessCarrierLiability(17, after.assessed)], accepted),
    )
      .when(cmd.fileRecovery(18, after.filed))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'N3',
        claimId: CLAIM,
        status: 'accepted',
        requiredStatus: 'paid',
        message: `N3 recovery within what was paid: claim ${CLAIM} is accepted; recovery follows payment`,
      });
  });

  it('needs the liability assessed first', () => {
    given(paid)
      .when(cmd.fileRecovery(17, after.filed))
      .thenRejected({
        code: 'CarrierLiabilityNotAssessed',
        rule: 'N3',
        claimId: CLAIM,
        message: `N3 recovery within what was paid: the carrier's liability for claim ${CLAIM} has not been assessed`,
      });
  });

  it('records money received, in part and then in full, never more than outstanding', () => {
    given(filed)
      .when(cmd.recordRecovery(20, after.received))
      .thenEmits([
        event({
          type: 'RecoveryReceived',
          data: {
            at: after.received,
            commandId: cid(20),
            claimId: CLAIM,
            amount: cny(15000),
            reference: 'RECEIPT-1',
            full: false,
          },
        }),
      ]);
    const part = run([cmd.recordRecovery(20, after.received)], filed);
    given(part)
      .when(cmd.recordRecovery(21, after.closed, { amount: cny(5001) }))
      .thenRejected({
        code: 'RecoveryAboveOutstanding',
        rule: 'N3',
        amount: cny(5001),
        outstanding: cny(5000),
        message: 'N3 recovery within what was paid: CNY 50.01 is more than the CNY 50.00 outstanding',
      });
    given(part)
      .when(cmd.recordRecovery(21, after.closed, { amount: cny(5000), reference: 'RECEIPT-2' }))
      .thenEmits([
        event({
          type: 'RecoveryReceived',
          data: {
            at: after.closed,
            commandId: cid(21),
            claimId: CLAIM,
            amount: cny(5000),
            reference: 'RECEIPT-2',
            full: true,
          },
        }),
      ]);
  });

  it('closes with what is outstanding written off, then takes nothing more', () => {
    const part = run([cmd.recordRecovery(20, after.received)], filed);
    given(part)
      .when(cmd.closeRecovery(21, after.closed))
      .thenEmits([
        event({
          type: 'RecoveryClosed',
          data: {
            at: after.closed,
            commandId: cid(21),
            claimId: CLAIM,
            reason: 'The carrier refused liability',
            writtenOff: cny(5000),
          },
        }),
      ]);
    given(run([cmd.closeRecovery(21, after.closed)], part))
      .when(cmd.recordRecovery(22, after.found))
      .thenRejected({
        code: 'NoOpenRecovery',
        rule: 'N3',
        claimId: CLAIM,
        state: 'closed',
        message: `N3 recovery within what was paid: the recovery for claim ${CLAIM} is closed`,
      });
  });
});

describe('N4 parcel found after payout', () => {
  it('repays the payout when every claimed piece was found', () => {
    given(found)
      .when(cmd.electSalvage(18, after.elected))
      .thenEmits([
        event({
          type: 'ClaimRepaid',
          data: { at: after.elected, commandId: cid(18), claimId: CLAIM, amount: cny(300000) },
        }),
      ]);
  });

  it('surrenders the found goods instead, and elects once', () => {
    given(found)
      .when(cmd.electSalvage(18, after.elected, 'surrender'))
      .thenEmits([
        event({
          type: 'GoodsSurrendered',
          data: { at: after.elected, commandId: cid(18), claimId: CLAIM, pieceIds: ['P1'] },
        }),
      ]);
    given(run([cmd.electSalvage(18, after.elected, 'surrender')], found))
      .when(cmd.electSalvage(19, after.electionOverdueCheck))
      .thenRejected({
        code: 'SalvageAlreadyElected',
        rule: 'N4',
        election: 'surrender',
        message: 'N4 parcel found after payout: the insured already elected to surrender',
      });
  });

  it('is elected only on a parcel found after payout', () => {
    given(paid)
      .when(cmd.electSalvage(17, after.elected))
      .thenRejected({
        code: 'NothingFoundAfterPayout',
        rule: 'N4',
        claimId: CLAIM,
        message: `N4 parcel found after payout: nothing of claim ${CLAIM} was found after payout`,
      });
  });

  it('flags an election not made by its due date, once', () => {
    // Found Thursday 2 April 10:00 in Shanghai: 30 calendar days end on 2 May.
    const notifiedThenFound = run(
      [cmd.notifyCarrier(17, after.notified), cmd.recordDelivery(18, after.found)],
      paid,
    );
    given(notifiedThenFound).when(cmd.checkDeadlines(19, '2026-05-02T15:59:59.999Z')).thenNothing();
    given(notifiedThenFound)
      .when(cmd.checkDeadlines(19, after.electionOverdueCheck))
      .thenEmits([
        event({
          type: 'SalvageElectionOverdue',
          data: {
            at: after.electionOverdueCheck,
            commandId: cid(19),
            claimId: CLAIM,
            dueAt: '2026-05-02T15:59:59.999Z',
          },
        }),
      ]);
    given(run([cmd.checkDeadlines(19, after.electionOverdueCheck)], notifiedThenFound))
      .when(cmd.checkDeadlines(20, '2026-06-01T00:00:00.000Z'))
      .thenNothing();
  });
});
