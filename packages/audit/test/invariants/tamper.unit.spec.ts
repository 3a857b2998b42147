import { type ClaimEvent, decodeClaimEvent } from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../src/invariants/index.js';
import { writeFoundingStory } from '../support/founding-story.js';

/** The founding story's events: a loss claim, its dossier, acceptance and payout. */
const paid: readonly ClaimEvent[] = (await writeFoundingStory()).records.map((record) => record.event);
const indexOf = (events: readonly ClaimEvent[], type: ClaimEvent['type']) =>
  events.findIndex((e) => e.type === type);
const at = (events: readonly ClaimEvent[], type: ClaimEvent['type']): ClaimEvent => {
  const event = events.find((e) => e.type === type);
  if (event === undefined) throw new Error(`no ${type}`);
  return event;
};
/** The event with some data fields changed, decoded again so it is still a well-formed event. */
const edit = (event: ClaimEvent, change: Readonly<Record<string, unknown>>): ClaimEvent => {
  const decoded = decodeClaimEvent({ type: event.type, data: { ...event.data, ...change } });
  if (E.isLeft(decoded)) throw new Error(decoded.left.message);
  return decoded.right;
};
const replaced = (events: readonly ClaimEvent[], index: number, event: ClaimEvent) =>
  events.map((e, i) => (i === index ? event : e));

describe('each invariant finds a history that breaks its rule', () => {
  it('passes the untampered history', () => {
    expect(checkHistory(paid)).toEqual([]);
  });

  it('R2: an event earlier than the one before it', () => {
    const i = indexOf(paid, 'ClaimSubmitted');
    const submitted = at(paid, 'ClaimSubmitted');
    const early = edit(submitted, { at: at(paid, 'ParcelBooked').data.at });
    const violations = checkHistory(replaced(paid, i, early)).filter((v) => v.rule === 'R2');
    expect(violations).toEqual([
      {
        rule: 'R2',
        index: i,
        event: early,
        message: `ClaimSubmitted at ${early.data.at} is before the previous event at ${paid[i - 1]?.data.at}`,
      },
    ]);
  });

  it('R3 and L1: insurance bought after dispatch', () => {
    const insurance = at(paid, 'InsurancePurchased');
    const shipped = indexOf(paid, 'ParcelShipped');
    const reordered = [
      ...paid.filter((e) => e !== insurance).slice(0, shipped),
      insurance,
      ...paid.filter((e) => e !== insurance).slice(shipped),
    ];
    expect(checkHistory(reordered).map((v) => [v.rule, v.message])).toEqual([
      [
        'R2',
        `InsurancePurchased at ${insurance.data.at} is before the previous event at ${at(paid, 'ParcelShipped').data.at}`,
      ],
      ['R3', `insured at ${insurance.data.at}, after dispatch at ${at(paid, 'ParcelShipped').data.at}`],
    ]);
  });

  it('R6: a submission without a document', () => {
    const withoutProof = paid.filter(
      (e) => !(e.type === 'DocumentAttached' && e.data.documentType === 'proof-of-value'),
    );
    expect(
      checkHistory(withoutProof)
        .filter((v) => v.rule === 'R6')
        .map((v) => v.message),
    ).toEqual(['submitted without proof-of-value']);
  });

  it('R7: an approved amount one minor unit above the cap', () => {
    const accepted = at(paid, 'ClaimAccepted');
    if (accepted.type !== 'ClaimAccepted') throw new Error('not an acceptance');
    const cap = accepted.data.breakdown.cap;
    const above = edit(accepted, { approvedAmount: { ...cap, minorUnits: cap.minorUnits + 1 } });
    expect(
      checkHistory(replaced(paid, indexOf(paid, 'ClaimAccepted'), above))
        .filter((v) => v.rule === 'R7')
        .map((v) => v.message),
    ).toEqual([
      'approved CNY 12,800.01 above the cap CNY 12,800.00',
      'approved CNY 12,800.01 above the sum insured CNY 12,800.00',
    ]);
  });

  it('R7: an approval one minor unit above the sum insured, and its payment, are reported at the approval', () => {
    const accepted = at(paid, 'ClaimAccepted');
    const payment = at(paid, 'ClaimPaid');
    if (accepted.type !== 'ClaimAccepted') throw new Error('not an acceptance');
    const insured = accepted.data.breakdown.sumInsured;
    const above = { ...insured, minorUnits: insured.minorUnits + 1 };
    const accepted16 = indexOf(paid, 'ClaimAccepted');
    const tampered = replaced(
      replaced(paid, indexOf(paid, 'ClaimAccepted'), edit(accepted, { approvedAmount: above })),
      indexOf(paid, 'ClaimPaid'),
      edit(payment, { amount: above }),
    );
    expect(
      checkHistory(tampered)
        .filter((v) => v.rule === 'R8' || v.rule === 'R7')
        .map((v) => [v.rule, v.index, v.message]),
    ).toEqual([
      ['R7', accepted16, 'approved CNY 12,800.01 above the cap CNY 12,800.00'],
      ['R7', accepted16, 'approved CNY 12,800.01 above the sum insured CNY 12,800.00'],
    ]);
  });

  it('R8: a second payment', () => {
    const payment = at(paid, 'ClaimPaid');
    expect(
      checkHistory([...paid, payment])
        .filter((v) => v.rule === 'R8')
        .map((v) => v.message),
    ).toEqual(['paid twice']);
  });

  it('R9: a payout flagged overdue before its due date', () => {
    const accepted = at(paid, 'ClaimAccepted');
    if (accepted.type !== 'ClaimAccepted') throw new Error('not an acceptance');
    const flag: ClaimEvent = {
      type: 'PayoutOverdue',
      data: {
        at: accepted.data.at,
        commandId: accepted.data.commandId,
        claimId: accepted.data.claimId,
        dueAt: accepted.data.payoutDue.dueAt,
      },
    };
    const history = [...paid.slice(0, indexOf(paid, 'ClaimAccepted') + 1), flag];
    expect(
      checkHistory(history)
        .filter((v) => v.rule === 'R9')
        .map((v) => v.message),
    ).toEqual(['overdue flagged before the due date']);
  });

  it('R11: a document attached to a paid claim', () => {
    const attached = at(paid, 'DocumentAttached');
    const late = edit(attached, { at: at(paid, 'ClaimPaid').data.at });
    expect(checkHistory([...paid, late]).map((v) => [v.rule, v.message])).toEqual([
      ['R5', `command ${attached.data.commandId} wrote events again after other commands`],
      ['R11', 'DocumentAttached on a paid claim'],
      ['K1', 'DocumentAttached while paid'],
      ['D1', `${attached.type === 'DocumentAttached' ? attached.data.documentType : ''} provided twice`],
    ]);
  });

  it('R12: a payout due date moved off its working day', () => {
    const accepted = at(paid, 'ClaimAccepted');
    if (accepted.type !== 'ClaimAccepted') throw new Error('not an acceptance');
    const due = accepted.data.payoutDue;
    const shifted = edit(accepted, { payoutDue: { ...due, dueAt: accepted.data.at } });
    expect(
      checkHistory(replaced(paid, indexOf(paid, 'ClaimAccepted'), shifted)).map((v) => [v.rule, v.message]),
    ).toEqual([['R12', `${accepted.data.at} is not the end of ${due.localDate}`]]);
  });

  it('S1: a history that does not start with the booking', () => {
    expect(checkHistory(paid.slice(1)).filter((v) => v.rule === 'S1')[0]?.message).toBe(
      `${paid[1]?.type} before the parcel was booked`,
    );
  });

  it('P2: an event caused by a party foreign to the parcel, and a loss confirmed for another carrier', () => {
    const i = indexOf(paid, 'InquiryOpened');
    const entries = paid.map((event, index) => ({
      event,
      actor: index === i ? { role: 'seller' as const, id: 'seller-b' } : null,
    }));
    expect(checkHistory(entries).map((v) => [v.rule, v.index, v.message])).toEqual([
      ['P2', i, "InquiryOpened caused by seller-b as seller; the parcel's seller is seller-a"],
    ]);
    const j = indexOf(paid, 'LossConfirmed');
    const other = edit(at(paid, 'LossConfirmed'), { carrierId: 'sea-freight' });
    expect(checkHistory(replaced(paid, j, other)).map((v) => [v.rule, v.index, v.message])).toEqual([
      ['P2', j, 'loss confirmed for sea-freight; the parcel went to sky-cargo'],
    ]);
  });

  it('P1: an event caused by a role that may not', () => {
    const entries = paid.map((event) => ({ event, actor: { role: 'seller' as const, id: 'seller-1' } }));
    const p1 = checkHistory(entries).filter((v) => v.rule === 'P1');
    expect(p1.map((v) => v.event?.type)).toEqual(
      paid
        .filter(
          (e) =>
            ![
              'ParcelBooked',
              'InsurancePurchased',
              'InquiryOpened',
              'DocumentAttached',
              'ClaimSubmitted',
              'ClaimWithdrawn',
            ].includes(e.type),
        )
        .map((e) => e.type),
    );
  });
});
