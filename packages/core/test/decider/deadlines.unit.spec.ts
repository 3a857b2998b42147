import { describe, it } from 'vitest';
import { CLAIM, cid, cmd, cnDeadline, cny, event } from '../support/builders.js';
import { dossier, foundingStory, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const opened = run(dossier.slice(0, 1), run(shipment));
const complete = run(dossier, run(shipment));
const submitted = run([cmd.submitClaim(14, t.submitted)], complete);
const accepted = run([cmd.acceptClaim(15, t.accepted)], submitted);
// Everything but the buyer's dispute evidence (seller, due 19 February) and the carrier's letter (due 21 March).
const threeDocuments = run(dossier.slice(1, 4), opened);

const lapsed = (
  n: number,
  at: string,
  missing: readonly { documentType: string; owedBy: string; dueAt: string }[],
) =>
  event({ type: 'ClaimLapsed', data: { at, commandId: cid(n), claimId: CLAIM, missingDocuments: missing } });

describe('CheckDeadlines: lapses (R10)', () => {
  it('writes nothing while every missing document is still within its grace period', () => {
    given(threeDocuments).when(cmd.checkDeadlines(20, '2026-02-19T15:59:59.999Z')).thenNothing();
  });

  it('lapses the claim once a missing document is past its grace period, naming only the overdue ones', () => {
    const after = '2026-02-19T16:00:00.000Z';
    given(threeDocuments)
      .when(cmd.checkDeadlines(20, after))
      .thenEmits([
        lapsed(20, after, [
          { documentType: 'buyer-dispute-evidence', owedBy: 'seller', dueAt: '2026-02-19T15:59:59.999Z' },
        ]),
      ]);
  });

  it('names every document past its grace period', () => {
    const late = '2026-03-22T00:00:00.000Z';
    given(run(dossier.slice(1, 2), opened))
      .when(cmd.checkDeadlines(20, late))
      .thenEmits([
        lapsed(20, late, [
          { documentType: 'proof-of-value', owedBy: 'seller', dueAt: '2026-02-19T15:59:59.999Z' },
          { documentType: 'proof-of-handover', owedBy: 'forwarder', dueAt: '2026-03-21T15:59:59.999Z' },
          { documentType: 'buyer-dispute-evidence', owedBy: 'seller', dueAt: '2026-02-19T15:59:59.999Z' },
          { documentType: 'loss-confirmation', owedBy: 'carrier', dueAt: '2026-03-21T15:59:59.999Z' },
        ]),
      ]);
  });

  it('never lapses a claim whose documents are all attached, even if it was never submitted', () => {
    given(complete).when(cmd.checkDeadlines(20, '2026-06-01T00:00:00.000Z')).thenNothing();
  });

  it('lapses a claim whose rejected document was not replaced by its new due date', () => {
    const history = run([cmd.rejectDocument(20, '2026-02-16T02:00:00.000Z', 'proof-of-value')], complete);
    given(history).when(cmd.checkDeadlines(21, '2026-03-02T15:59:59.999Z')).thenNothing();
    given(history)
      .when(cmd.checkDeadlines(21, '2026-03-02T16:00:00.000Z'))
      .thenEmits([
        lapsed(21, '2026-03-02T16:00:00.000Z', [
          { documentType: 'proof-of-value', owedBy: 'seller', dueAt: '2026-03-02T15:59:59.999Z' },
        ]),
      ]);
  });

  it('respects an extended deadline', () => {
    const allButLetter = run(dossier.slice(1, 5), opened);
    const extended = run(
      [cmd.extendDocumentDeadline(20, '2026-03-10T02:00:00.000Z', 'loss-confirmation', 14)],
      allButLetter,
    );
    given(extended).when(cmd.checkDeadlines(21, '2026-04-04T15:59:59.999Z')).thenNothing();
    given(extended)
      .when(cmd.checkDeadlines(21, '2026-04-04T16:00:00.000Z'))
      .thenEmits([
        lapsed(21, '2026-04-04T16:00:00.000Z', [
          { documentType: 'loss-confirmation', owedBy: 'carrier', dueAt: '2026-04-04T15:59:59.999Z' },
        ]),
      ]);
  });

  it('writes nothing for a parcel without a claim, or a claim already closed', () => {
    given(run(shipment)).when(cmd.checkDeadlines(20, '2026-06-01T00:00:00.000Z')).thenNothing();
    // Paid, and the carrier notified: nothing more is due.
    given(run([...foundingStory, cmd.notifyCarrier(17, '2026-02-25T02:00:00.000Z')]))
      .when(cmd.checkDeadlines(20, '2026-06-01T00:00:00.000Z'))
      .thenNothing();
  });

  it('writes nothing on a stream with no parcel', () => {
    given([]).when(cmd.checkDeadlines(20, '2026-06-01T00:00:00.000Z')).thenNothing();
  });
});

describe('CheckDeadlines: service levels', () => {
  it('flags an undecided claim after its 10-working-day decision due date, once', () => {
    const late = '2026-02-28T16:00:00.000Z';
    given(submitted).when(cmd.checkDeadlines(20, '2026-02-28T15:59:59.999Z')).thenNothing();
    given(submitted)
      .when(cmd.checkDeadlines(20, late))
      .thenEmits([
        event({
          type: 'DecisionOverdue',
          data: { at: late, commandId: cid(20), claimId: CLAIM, dueAt: '2026-02-28T15:59:59.999Z' },
        }),
      ]);
    given(run([cmd.checkDeadlines(20, late)], submitted))
      .when(cmd.checkDeadlines(21, '2026-03-02T00:00:00.000Z'))
      .thenNothing();
  });

  it('flags an unpaid payout after its due date (R9), once, and still accepts the payment', () => {
    const dueAt = '2026-02-25T15:59:59.999Z';
    const late = '2026-02-25T16:00:00.000Z';
    given(accepted).when(cmd.checkDeadlines(20, dueAt)).thenNothing();
    given(accepted)
      .when(cmd.checkDeadlines(20, late))
      .thenEmits([
        event({ type: 'PayoutOverdue', data: { at: late, commandId: cid(20), claimId: CLAIM, dueAt } }),
      ]);
    const flagged = run([cmd.checkDeadlines(20, late)], accepted);
    given(flagged).when(cmd.checkDeadlines(21, '2026-02-27T00:00:00.000Z')).thenNothing();
    given(flagged)
      .when(cmd.payClaim(21, '2026-02-26T02:00:00.000Z'))
      .thenEmits([
        event({
          type: 'ClaimPaid',
          data: {
            at: '2026-02-26T02:00:00.000Z',
            commandId: cid(21),
            claimId: CLAIM,
            amount: cny(300000),
            paymentReference: 'PAY-2026-0001',
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
  });

  it('never flags a claim paid in time', () => {
    given(run(foundingStory)).when(cmd.checkDeadlines(20, '2026-03-01T00:00:00.000Z')).thenNothing();
  });
});

describe('the payout due date (R9): 3 working days in the payer calendar', () => {
  const payoutDue = (at: string, localDate: string, fallback = false) => [
    event({
      type: 'ClaimAccepted',
      data: {
        at,
        commandId: cid(15),
        claimId: CLAIM,
        approvedAmount: cny(300000),
        breakdown: {
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
        },
        payoutDue: cnDeadline(at, localDate, 'working-days', 3, fallback),
        partialReason: null,
        payee: { role: 'seller', partyId: 'seller-a' },
        method: 'bank-transfer',
      },
    }),
  ];
  const cases: readonly (readonly [string, string, string])[] = [
    ['across a weekend: Thursday 5 March → Tuesday 10 March', '2026-03-05T02:00:00.000Z', '2026-03-10'],
    [
      'across the Spring Festival, counting the make-up Saturday: Friday 13 February → Wednesday 25 February',
      t.accepted,
      '2026-02-25',
    ],
    [
      'from the make-up Saturday itself, a working day: 14 February → Thursday 26 February',
      '2026-02-14T02:00:00.000Z',
      '2026-02-26',
    ],
    [
      'from a Sunday, counted from Monday: 8 March → Thursday 12 March',
      '2026-03-08T02:00:00.000Z',
      '2026-03-12',
    ],
    [
      'from Friday evening UTC, already Saturday in Shanghai: → Thursday 12 March',
      '2026-03-06T17:00:00.000Z',
      '2026-03-12',
    ],
    [
      'onto the make-up Saturday 28 February: Wednesday 25 February → Saturday 28 February',
      '2026-02-25T02:00:00.000Z',
      '2026-02-28',
    ],
    [
      'across National Day: Tuesday 29 September → Friday 9 October',
      '2026-09-29T02:00:00.000Z',
      '2026-10-09',
    ],
  ];
  for (const [name, at, due] of cases)
    it(name, () => {
      given(submitted).when(cmd.acceptClaim(15, at)).thenEmits(payoutDue(at, due));
    });

  it('records that it counted weekends only past the calendar data (2027)', () => {
    const at = '2026-12-30T02:00:00.000Z';
    given(submitted)
      .when(cmd.acceptClaim(15, at))
      .thenEmits(payoutDue(at, '2027-01-04', true));
  });
});
