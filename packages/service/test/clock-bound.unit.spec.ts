import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import {
  type ClaimsServiceOptions,
  type CommandInput,
  type CommandResult,
  createClaimsService,
} from '../src/index.js';
import { claimId, input, parcelId } from './support/story.js';

/** A service whose clock reads whatever the test last set. */
const serviceWithClock = (first: string, options: Partial<ClaimsServiceOptions> = {}) => {
  let reading = first;
  const service = createClaimsService({
    store: inMemoryEventStore(),
    clock: () => reading,
    retry: { sleep: async () => undefined },
    ...options,
  });
  return { service, setClock: (instant: string) => (reading = instant) };
};

const kinds = (results: readonly CommandResult[]) => results.map((r) => r.kind);

/** The parcel of the story, booked, insured, shipped and handed to its carrier on 2026-01-05. */
const shipped = async (service: ReturnType<typeof serviceWithClock>['service']) =>
  kinds([
    await service.bookParcel(input.bookParcel),
    await service.purchaseInsurance(input.purchaseInsurance),
    await service.recordHubArrival(input.recordHubArrival),
    await service.shipParcel(input.shipParcel),
    await service.handOverToCarrier(input.handOverToCarrier),
  ]);

const trackingUpdate = (n: number, now: string, scannedAt: string): CommandInput<'RecordTrackingUpdate'> => ({
  commandId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
  now,
  actor: { role: 'carrier', id: 'carrier-1' },
  parcelId,
  scannedAt,
  location: 'Leipzig hub',
  description: 'Arrived at the sorting centre',
});

describe('a command dated after the service clock', () => {
  it('is refused, naming both instants and the tolerance, and the parcel still takes real commands', async () => {
    const { service, setClock } = serviceWithClock('2026-01-05T14:00:00.000Z');
    expect(await shipped(service)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    setClock('2026-01-06T10:00:00.000Z');

    // A carrier whose clock is off by a year: inside what the calendar handles, but ahead of the service.
    const skewed = await service.recordTrackingUpdate(
      trackingUpdate(20, '2027-01-06T09:00:00.000Z', '2026-01-06T08:45:00.000Z'),
    );
    expect(skewed.kind).toBe('rejected');
    if (skewed.kind !== 'rejected') return;
    expect(skewed.rejection).toEqual({
      code: 'CommandAheadOfClock',
      rule: 'T1',
      now: '2027-01-06T09:00:00.000Z',
      clock: '2026-01-06T10:00:00.000Z',
      toleranceMs: 300_000,
      message:
        'T1 command not ahead of the clock: command time 2027-01-06T09:00:00.000Z is later than the service clock' +
        ' 2026-01-06T10:00:00.000Z plus the tolerance of 300000 ms',
    });
    expect(skewed.state.lastEventAt).toBe('2026-01-05T14:00:00.000Z');

    // The year 9999 is beyond what the calendar handles: refused at the edge, with its path.
    const farFuture = await service.recordTrackingUpdate(
      trackingUpdate(21, '9999-01-01T00:00:00.000Z', '2026-01-06T08:45:00.000Z'),
    );
    expect(farFuture.kind).toBe('invalid');
    if (farFuture.kind !== 'invalid') return;
    expect(farFuture.error.problems).toEqual([
      {
        path: '$.data.now',
        expected: 'CommandTime (an instant in the years 1970 to 8999)',
        found: '"9999-01-01T00:00:00.000Z"',
      },
    ]);

    // Nothing was written: real commands after them are decided as if they had never been sent.
    const real = await service.recordTrackingUpdate(
      trackingUpdate(22, '2026-01-06T09:00:00.000Z', '2026-01-06T08:45:00.000Z'),
    );
    expect(real.kind).toBe('accepted');
    setClock('2026-01-20T02:00:00.000Z');
    const inquiry = await service.openInquiry(input.openInquiry);
    expect(inquiry.kind).toBe('accepted');
    const history = await service.history(parcelId);
    expect(history.map((r) => r.event.type)).toEqual([
      'ParcelBooked',
      'InsurancePurchased',
      'ParcelReceivedAtHub',
      'ParcelShipped',
      'ParcelHandedToCarrier',
      'TrackingUpdated',
      'InquiryOpened',
    ]);
  });

  it('is accepted up to the tolerance after the clock, to the millisecond, and refused one millisecond later', async () => {
    const clock = '2026-01-05T02:00:00.000Z';
    const atLimit = serviceWithClock(clock);
    const accepted = await atLimit.service.bookParcel({
      ...input.bookParcel,
      now: '2026-01-05T02:05:00.000Z',
    });
    expect(accepted.kind).toBe('accepted');

    const beyond = serviceWithClock(clock);
    const refused = await beyond.service.bookParcel({ ...input.bookParcel, now: '2026-01-05T02:05:00.001Z' });
    expect(refused.kind === 'rejected' ? refused.rejection : refused).toEqual({
      code: 'CommandAheadOfClock',
      rule: 'T1',
      now: '2026-01-05T02:05:00.001Z',
      clock,
      toleranceMs: 300_000,
      message:
        'T1 command not ahead of the clock: command time 2026-01-05T02:05:00.001Z is later than the service clock' +
        ' 2026-01-05T02:00:00.000Z plus the tolerance of 300000 ms',
    });
    expect(await beyond.service.history(parcelId)).toEqual([]);
  });

  it('takes its tolerance from the options', async () => {
    const clock = '2026-01-05T02:00:00.000Z';
    const exact = serviceWithClock(clock, { clockToleranceMs: 0 });
    expect((await exact.service.bookParcel({ ...input.bookParcel, now: clock })).kind).toBe('accepted');
    const late = serviceWithClock(clock, { clockToleranceMs: 0 });
    const refused = await late.service.bookParcel({ ...input.bookParcel, now: '2026-01-05T02:00:00.001Z' });
    expect(
      refused.kind === 'rejected'
        ? [refused.rejection.code, Reflect.get(refused.rejection, 'toleranceMs')]
        : refused,
    ).toEqual(['CommandAheadOfClock', 0]);
    const wide = serviceWithClock(clock, { clockToleranceMs: 86_400_000 });
    expect(
      (await wide.service.bookParcel({ ...input.bookParcel, now: '2026-01-06T02:00:00.000Z' })).kind,
    ).toBe('accepted');
  });

  it('answers a repeated command as already applied, even once the clock is behind it', async () => {
    const { service, setClock } = serviceWithClock('2026-01-05T02:00:00.000Z');
    expect((await service.bookParcel(input.bookParcel)).kind).toBe('accepted');
    // The clock was set back (a corrected NTP step): the retry still gets its original answer.
    setClock('2026-01-04T00:00:00.000Z');
    const again = await service.bookParcel(input.bookParcel);
    expect(again.kind).toBe('already-applied');
  });

  it('refuses a tolerance that is not a whole, non-negative number of milliseconds', () => {
    for (const clockToleranceMs of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => createClaimsService({ store: inMemoryEventStore(), clockToleranceMs })).toThrow(
        new RangeError(
          `clockToleranceMs must be a whole number of milliseconds from 0 up, not ${clockToleranceMs}`,
        ),
      );
  });

  it('fails with ClockReadingInvalid, naming the reading, when the clock gives no instant', async () => {
    const { service } = serviceWithClock('yesterday');
    const failure = await service.bookParcel(input.bookParcel).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      name: 'ClockReadingInvalid',
      reading: 'yesterday',
      message: 'the service clock read "yesterday", which is not an ISO 8601 instant',
    });
  });
});

describe('a command dated where the calendar cannot reach', () => {
  const commandId = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
  /**
   * The story's claim in December of `year`, with every command that computes a deadline: the
   * inquiry (calendar days), a rejected document (resubmission), an extension, the submission and
   * the acceptance (working days); the acceptance on the last millisecond of the year.
   */
  const claimIn = (year: number): readonly { readonly type: string; readonly data: object }[] => {
    const at = (time: string) => `${year}-${time}Z`;
    return [
      { type: 'BookParcel', data: { ...input.bookParcel, now: at('12-01T02:00:00.000') } },
      { type: 'PurchaseInsurance', data: { ...input.purchaseInsurance, now: at('12-01T02:01:00.000') } },
      { type: 'RecordHubArrival', data: { ...input.recordHubArrival, now: at('12-01T09:00:00.000') } },
      { type: 'ShipParcel', data: { ...input.shipParcel, now: at('12-01T14:00:00.000') } },
      { type: 'HandOverToCarrier', data: { ...input.handOverToCarrier, now: at('12-01T14:00:00.000') } },
      { type: 'OpenInquiry', data: { ...input.openInquiry, now: at('12-16T02:00:00.000') } },
      { type: 'AttachDocument', data: { ...input.outboundRecord, now: at('12-16T03:00:00.000') } },
      { type: 'AttachDocument', data: { ...input.proofOfHandover, now: at('12-16T03:00:00.000') } },
      { type: 'AttachDocument', data: { ...input.proofOfValue, now: at('12-17T03:00:00.000') } },
      {
        type: 'RejectDocument',
        data: {
          commandId: commandId(30),
          now: at('12-17T04:00:00.000'),
          actor: { role: 'insurer', id: 'insurer-1' },
          parcelId,
          claimId,
          documentType: 'proof-of-value',
          reason: 'Unreadable scan',
        },
      },
      {
        type: 'ExtendDocumentDeadline',
        data: {
          commandId: commandId(31),
          now: at('12-18T02:00:00.000'),
          actor: { role: 'insurer', id: 'insurer-1' },
          parcelId,
          claimId,
          documentType: 'loss-confirmation',
          extendByDays: 30,
        },
      },
      {
        type: 'AttachDocument',
        data: { ...input.proofOfValue, commandId: commandId(32), now: at('12-19T03:00:00.000') },
      },
      { type: 'AttachDocument', data: { ...input.disputeEvidence, now: at('12-19T04:00:00.000') } },
      { type: 'ConfirmLoss', data: { ...input.confirmLoss, now: at('12-20T02:00:00.000') } },
      { type: 'SubmitClaim', data: { ...input.submitClaim, now: at('12-20T03:00:00.000') } },
      { type: 'AcceptClaim', data: { ...input.acceptClaim, now: at('12-31T23:59:59.999') } },
      {
        type: 'CheckDeadlines',
        data: {
          commandId: commandId(40),
          now: at('12-31T23:59:59.999'),
          actor: { role: 'system', id: 'scheduler' },
          parcelId,
        },
      },
    ];
  };

  it('refuses every command of a claim in the last weeks of 9999 as invalid at $.data.now, and throws none', async () => {
    const { service } = serviceWithClock('9999-12-31T23:59:59.999Z');
    const results: CommandResult[] = [];
    for (const command of claimIn(9999)) results.push(await service.execute(command));
    expect(
      results.map((r) => (r.kind === 'invalid' ? r.error.problems.map((p) => [p.path, p.found]) : r.kind)),
    ).toEqual(claimIn(9999).map((c) => [['$.data.now', JSON.stringify(Reflect.get(c.data, 'now'))]]));
    expect(await service.history(parcelId)).toEqual([]);
  });

  it('refuses an extension by more days than a policy may count at $.data.extendByDays, and throws none', async () => {
    const { service } = serviceWithClock('2027-01-01T00:00:00.000Z');
    const claim = claimIn(2026).slice(0, 6);
    for (const command of claim) expect((await service.execute(command)).kind).toBe('accepted');
    const extension = claimIn(2026)[10];
    const result = await service.execute({
      type: 'ExtendDocumentDeadline',
      data: { ...extension?.data, extendByDays: Number.MAX_SAFE_INTEGER },
    });
    expect(result.kind === 'invalid' ? result.error.problems : result).toEqual([
      {
        path: '$.data.extendByDays',
        expected: 'DayCount (a whole number of days from 1 to 3650)',
        found: String(Number.MAX_SAFE_INTEGER),
      },
    ]);
  });

  it('decides the same claim in 8999, up to its last millisecond, with deadlines stored in 9000', async () => {
    const { service } = serviceWithClock('9000-01-01T00:00:00.000Z');
    const results: CommandResult[] = [];
    for (const command of claimIn(8999)) results.push(await service.execute(command));
    expect(kinds(results)).toEqual([...Array(16).fill('accepted'), 'unchanged']);
    const claim = (await service.getParcel(parcelId))?.claim;
    // Past the calendar's data only weekends rest: Wednesday 9000-01-01 (Shanghai) + 3 working days.
    expect(claim?.acceptance?.payoutDue.dueAt).toBe('9000-01-06T15:59:59.999Z');
    // 60 calendar days after 8999-12-16, then 30 more (9000 is not a leap year).
    const due = (type: string) => claim?.documents.find((d) => d.documentType === type)?.due.dueAt;
    expect([due('proof-of-handover'), due('loss-confirmation')]).toEqual([
      '9000-02-14T15:59:59.999Z',
      '9000-03-16T15:59:59.999Z',
    ]);
  });
});
