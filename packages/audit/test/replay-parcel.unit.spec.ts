import { defaultPolicy, Instant } from '@parcel-claims/core';
import { foundingStoryPaidLate as latePayoutStory } from '@parcel-claims/core/founding-story';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { formatReplay, replayParcel, replayToJson } from '../src/index.js';
import { writeFoundingStory, writeStory } from './support/founding-story.js';

const { records } = await writeFoundingStory();

const instant = (text: string) => {
  const decoded = Instant.decode(text);
  if (E.isLeft(decoded)) throw new Error(`not an instant: ${text}`);
  return decoded.right;
};

const policy = { id: defaultPolicy.id, version: defaultPolicy.version };

describe('replayParcel', () => {
  const replay = replayParcel(records);

  it('replays every event in order with the state after it and keeps every rule', () => {
    expect(replay.steps.map((s) => [s.revision, s.event.type])).toEqual(
      records.map((r) => [r.revision, r.event.type]),
    );
    expect(replay.steps.map((s) => s.state.lastEventAt)).toEqual(records.map((r) => r.event.data.at));
    expect([replay.streamId, replay.parcelId, replay.recordedEvents, replay.asOf]).toEqual([
      'parcel-TSS-2026-000042',
      'TSS-2026-000042',
      18,
      null,
    ]);
    expect(replay.violations).toEqual([]);
    expect(replay.state.claim?.status).toBe('paid');
  });

  it('names the rules and policy clauses that allowed an acceptance, and the payout deadline it starts', () => {
    const accepted = replay.steps[16];
    expect(accepted?.authority).toEqual({
      rules: ['R7', 'R9', 'K1', 'E1', 'P1'],
      labels: [
        'R7 approved amount within cap',
        'R9 payout due date',
        'K1 claim lifecycle',
        'E1 payee and payment method',
        'P1 permitted actor',
      ],
      clauses: [
        { policy, parameter: 'deductible', value: { kind: 'none' }, unit: 'deductible' },
        { policy, parameter: 'payoutAfterAcceptance', value: 3, unit: 'working-days' },
        { policy, parameter: 'payeesAllowed', value: ['seller', 'forwarder'], unit: 'payees' },
      ],
    });
    expect(accepted?.deadlines).toEqual([
      {
        kind: 'payout',
        deadline: {
          from: '2026-02-13T02:00:00.000Z',
          dueAt: '2026-02-25T15:59:59.999Z',
          localDate: '2026-02-25',
          basis: { unit: 'working-days', count: 3 },
          calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
          weekendsOnlyFallback: false,
        },
        passed: false,
      },
    ]);
  });

  it('lists what the payment changed, leaving out the trail of applied commands', () => {
    expect(replay.steps[17]?.changes).toEqual([
      { path: '$.claim.status', before: 'accepted', after: 'paid' },
      {
        path: '$.claim.payment',
        before: null,
        after: {
          amount: { minorUnits: 1280000, currency: 'CNY' },
          paymentReference: 'PI-PAYOUT-2026-0213-01',
          paidAt: '2026-02-24T06:00:00.000Z',
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      },
      { path: '$.claim.closure', before: null, after: { status: 'paid', at: '2026-02-24T06:00:00.000Z' } },
    ]);
  });

  it('shows only the loss-inquiry windows of the route for a loss claim on an international parcel', () => {
    expect(replay.steps[7]?.authority.clauses.map((c) => c.parameter)).toEqual([
      'internationalInquiryWaitingPeriod',
      'internationalNoMovementPeriod',
      'filingDeadline',
      'sellerDocumentGrace',
      'carrierDocumentGrace',
    ]);
    expect(replay.steps[7]?.deadlines.map((d) => (d.kind === 'document' ? d.documentType : d.kind))).toEqual([
      'outbound-record',
      'proof-of-value',
      'proof-of-handover',
      'buyer-dispute-evidence',
      'loss-confirmation',
    ]);
  });

  it('stops at a revision, inclusive', () => {
    expect(replayParcel(records, { asOf: { revision: 0n } }).payerZone).toBe('Asia/Shanghai');
    const asOf = replayParcel(records, { asOf: { revision: 7n } });
    expect(asOf.steps.map((s) => s.event.type).at(-1)).toBe('InquiryOpened');
    expect([asOf.steps.length, asOf.recordedEvents, asOf.state.claim?.status]).toEqual([
      8,
      18,
      'gathering-documents',
    ]);
  });

  it('stops at the last event recorded at or before an instant, by the recorded time in the metadata', () => {
    const before = replayParcel(records, { asOf: { at: instant('2026-01-20T02:09:59.999Z') } });
    const at = replayParcel(records, { asOf: { at: instant('2026-01-20T02:10:00.000Z') } });
    expect([before.steps.length, at.steps.length]).toEqual([8, 9]);
    expect(replayParcel(records, { asOf: { at: instant('2025-12-31T00:00:00Z') } }).steps).toEqual([]);
  });

  it('marks a deadline as passed when an event comes after it', async () => {
    const late = replayParcel((await writeStory(latePayoutStory)).records);
    expect(
      late.steps.slice(16).map((s) => [s.event.type, s.deadlines.map((d) => [d.kind, d.passed])]),
    ).toEqual([
      ['ClaimAccepted', [['payout', false]]],
      ['PayoutOverdue', [['payout', true]]],
      ['ClaimPaid', []],
    ]);
    expect(late.steps[17]?.authority.rules).toEqual(['R9', 'P1']);
    expect(late.violations).toEqual([]);
  });

  it('reports the rules a tampered history breaks, at the event that breaks them', () => {
    const withoutSubmission = records.filter((r) => r.event.type !== 'ClaimSubmitted');
    const replay = replayParcel(withoutSubmission);
    const violation = {
      rule: 'K1',
      index: 15,
      event: withoutSubmission[15]?.event,
      message: 'ClaimAccepted while gathering',
    };
    expect(replay.violations).toEqual([violation]);
    expect(replay.steps.map((s) => s.violations)).toEqual(
      replay.steps.map((_, index) => (index === 15 ? [violation] : [])),
    );
  });
});

describe('replay output', () => {
  it('formats a short replay as aligned columns', () => {
    const replay = replayParcel(records, { asOf: { revision: 1n } });
    expect(formatReplay(replay)).toEqual([
      'Parcel TSS-2026-000042: parcel-TSS-2026-000042, times in Asia/Shanghai, as of revision 1 (2 of 18 events)',
      '',
      'rev  time              event               allowed by  what happened',
      '  0  2026-01-05 10:00  ParcelBooked        L1 C1 P1    Mirrorless camera body, CN → DE, goods CNY 12,800.00, 1 piece(s)',
      '                       parties: seller seller-a, forwarder takesendship',
      '                       values: goods CNY 12,800.00 (invoice), customs CNY 12,800.00, carriage not declared, shipping CNY 180.00',
      '                       piece P1: Mirrorless camera body, goods CNY 12,800.00, 1,200 g',
      '  1  2026-01-05 10:03  InsurancePurchased  R3 C1 P1    insured CNY 12,800.00 (invoice) under parcel-standard@1',
      '                       insurer pacific-insurance, premium CNY 128.00, deductible none, shipping covered',
      '',
      'No claim.',
      'Every rule of the catalogue holds.',
    ]);
  });

  it('turns into JSON without losing revisions, with the applied commands oldest first', () => {
    const json = replayToJson(replayParcel(records, { asOf: { revision: 1n } }));
    const parsed: unknown = JSON.parse(JSON.stringify(json));
    expect(parsed).toEqual(json);
    expect([json.asOf, json.steps.map((s) => [s.revision, s.position])]).toEqual([
      { revision: '1' },
      records.slice(0, 2).map((r) => [r.revision.toString(), r.position.toString()]),
    ]);
    expect(json.state.appliedCommands).toEqual(records.slice(0, 2).map((r) => r.metadata.commandId));
  });
});
