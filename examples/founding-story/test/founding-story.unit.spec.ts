import { describe, expect, it } from 'vitest';
import { foundingStory, parcel, parcelId, receive, report, runStory } from '../src/index.js';

const steps = await runStory(foundingStory, { clock: () => '2026-11-24T12:00:00.000Z' });
const lines = report(steps);

describe('the founding-story example', () => {
  it('records every step of the story in order, including the rejected and re-attached proof of value', () => {
    expect(steps.map((s) => s.event.type)).toEqual([
      'ParcelBooked',
      'InsurancePurchased',
      'ParcelPickedUp',
      'ParcelReceivedAtHub',
      'ParcelShipped',
      'ParcelHandedToCarrier',
      'TrackingUpdated',
      'InquiryOpened',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentRejected',
      'DocumentAttached',
      'DocumentAttached',
      'LossConfirmed',
      'ClaimSubmitted',
      'ClaimAccepted',
      'ClaimPaid',
    ]);
  });

  it('stores every event with the recorded time from the service clock and an intact revision order', () => {
    expect(steps.map((s) => s.record.revision)).toEqual(steps.map((_, i) => BigInt(i)));
    expect(new Set(steps.map((s) => s.record.metadata.recordedAt))).toEqual(
      new Set(['2026-11-24T12:00:00.000Z']),
    );
  });

  it("without a clock, records each event at its command's own time, so audits as of a date of the story make sense", async () => {
    const own = await runStory(foundingStory);
    expect(own.map((s) => s.record.metadata.recordedAt)).toEqual(
      foundingStory.map((command) => command.data.now),
    );
  });

  it('prints one line per event with local time and type name, and the deadlines in force', () => {
    expect(lines.filter((l) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}/.test(l))).toHaveLength(steps.length);
    expect(lines).toContain(
      '2026-01-05 22:40  ParcelShipped          left szx-processing-centre, cargo MAWB 784-1234 5675',
    );
    expect(lines).toContain(
      '2026-02-13 10:00  ClaimAccepted          approved CNY 12,800.00 (cap CNY 12,800.00)',
    );
    expect(lines).toContain(
      '                                         proven loss CNY 12,980.00, covered shipping CNY 180.00 included',
    );
    expect(lines).toContain(
      '                                         limit CNY 12,800.00 = min(sum insured, proven loss)',
    );
    expect(lines).toContain(
      '                                         due: payout by 2026-02-25 (3 working-days, cn-mainland/2026.1)',
    );
  });

  it('ends with the claim paid within the payout due date, across the Spring Festival', () => {
    expect(lines.slice(-3)).toEqual([
      'Claim TSS-CLAIM-0001: paid',
      'Approved CNY 12,800.00 of a sum insured of CNY 12,800.00; payout due 2026-02-25 (end of day, Asia/Shanghai)',
      'Paid CNY 12,800.00 on 2026-02-24 14:00, within the payout due date',
    ]);
  });
});

describe('embedding the service in three lines', () => {
  it('takes JSON commands and answers with the parcel state', async () => {
    const results = [];
    for (const command of foundingStory.slice(0, 5)) results.push((await receive(command)).kind);
    expect(results).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    expect((await receive({ type: 'PayClaim', data: {} })).kind).toBe('invalid');
    const state = await parcel(parcelId);
    expect([state?.shipment?.stage, state?.coverage?.insuredValue]).toEqual([
      'shipped',
      { minorUnits: 1_280_000, currency: 'CNY' },
    ]);
  });
});
