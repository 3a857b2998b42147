import { createHash } from 'node:crypto';
import { type ClaimEvent, decodeClaimEvent } from '@parcel-claims/core';
import {
  canonicalJson,
  EventDecodeFailed,
  type EventStore,
  eventIdFor,
  inMemoryEventStore,
  StoreUnavailable,
  verifyStream,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type ClaimsService, createClaimsService, parcelStreamId } from '../src/index.js';
import { claimId, input, parcelId } from './support/story.js';

const recordedAt = '2026-11-24T12:00:00.000Z';
const serviceOn = (store: EventStore = inMemoryEventStore()) =>
  createClaimsService({ store, clock: () => recordedAt, retry: { sleep: async () => undefined } });

const event = (json: unknown): ClaimEvent => {
  const decoded = decodeClaimEvent(json);
  if (E.isLeft(decoded)) throw new Error(decoded.left.message);
  return decoded.right;
};

const runStory = async (service: ClaimsService) => [
  await service.bookParcel(input.bookParcel),
  await service.purchaseInsurance(input.purchaseInsurance),
  await service.recordHubArrival(input.recordHubArrival),
  await service.shipParcel(input.shipParcel),
  await service.handOverToCarrier(input.handOverToCarrier),
  await service.openInquiry(input.openInquiry),
  await service.attachDocument(input.outboundRecord),
  await service.attachDocument(input.proofOfHandover),
  await service.attachDocument(input.proofOfValue),
  await service.attachDocument(input.disputeEvidence),
  await service.confirmLoss(input.confirmLoss),
  await service.submitClaim(input.submitClaim),
  await service.acceptClaim(input.acceptClaim),
  await service.payClaim(input.payClaim),
];

describe('createClaimsService', () => {
  it('runs a claim from booking to payout and answers queries from the store', async () => {
    const service = serviceOn();
    const results = await runStory(service);
    expect(results.map((r) => r.kind)).toEqual(Array(14).fill('accepted'));
    expect(results.map((r) => (r.kind === 'accepted' ? r.revision : null))).toEqual([
      0n,
      1n,
      2n,
      3n,
      4n,
      5n,
      6n,
      7n,
      8n,
      9n,
      10n,
      11n,
      12n,
      13n,
    ]);
    const parcel = await service.getParcel(parcelId);
    expect(parcel?.claim?.status).toBe('paid');
    expect(parcel?.claim?.payment).toEqual({
      amount: { minorUnits: 480000, currency: 'CNY' },
      paymentReference: 'PAY-777',
      paidAt: '2026-02-05T02:00:00.000Z',
      payee: { role: 'seller', partyId: 'seller-1' },
      method: 'bank-transfer',
    });
  });

  it('records each event with its command, actor, recorded time, schema version and hash chain', async () => {
    const service = serviceOn();
    await runStory(service);
    const history = await service.history(parcelId);
    expect(history.map((r) => [r.revision, r.position, r.event.type])).toEqual([
      [0n, 1n, 'ParcelBooked'],
      [1n, 2n, 'InsurancePurchased'],
      [2n, 3n, 'ParcelReceivedAtHub'],
      [3n, 4n, 'ParcelShipped'],
      [4n, 5n, 'ParcelHandedToCarrier'],
      [5n, 6n, 'InquiryOpened'],
      [6n, 7n, 'DocumentAttached'],
      [7n, 8n, 'DocumentAttached'],
      [8n, 9n, 'DocumentAttached'],
      [9n, 10n, 'DocumentAttached'],
      [10n, 11n, 'LossConfirmed'],
      [11n, 12n, 'ClaimSubmitted'],
      [12n, 13n, 'ClaimAccepted'],
      [13n, 14n, 'ClaimPaid'],
    ]);
    const paid = history[13];
    expect(paid?.streamId).toBe(`parcel-${parcelId}`);
    expect(paid?.eventId).toBe(eventIdFor(input.payClaim.commandId, 0));
    expect(paid?.metadata).toEqual({
      commandId: input.payClaim.commandId,
      correlationId: input.payClaim.commandId,
      causationId: input.payClaim.commandId,
      recordedAt,
      schemaVersion: 2,
      actor: { role: 'insurer', id: 'insurer-1' },
      // SHA-256 of the command as sent, { type, data }, in canonical JSON.
      commandDigest: createHash('sha256')
        .update(E.getOrElse(() => '')(canonicalJson({ type: 'PayClaim', data: input.payClaim })), 'utf8')
        .digest('hex'),
      previousHash: history[12]?.metadata.hash,
      hashVersion: 1,
      hash: paid?.metadata.hash,
    });
    expect(paid?.event).toEqual(
      event({
        type: 'ClaimPaid',
        data: {
          at: '2026-02-05T02:00:00.000Z',
          commandId: input.payClaim.commandId,
          claimId,
          amount: { minorUnits: 480000, currency: 'CNY' },
          paymentReference: 'PAY-777',
          payee: { role: 'seller', partyId: 'seller-1' },
          method: 'bank-transfer',
        },
      }),
    );
  });

  it('keeps a hash chain that verifies', async () => {
    const store = inMemoryEventStore();
    await runStory(serviceOn(store));
    expect(verifyStream(await store.readStream(parcelStreamId(parcelId)))).toEqual({ ok: true });
  });

  it('passes correlation and causation ids through to the metadata', async () => {
    const service = serviceOn();
    await service.bookParcel(input.bookParcel, { correlationId: 'order-42', causationId: 'webhook-7' });
    const [booked] = await service.history(parcelId);
    expect([booked?.metadata.correlationId, booked?.metadata.causationId]).toEqual(['order-42', 'webhook-7']);
  });

  it('refuses invalid input at the edge, listing each invalid path, and stores nothing', async () => {
    const store = inMemoryEventStore();
    const service = serviceOn(store);
    // A caller without the types (plain JavaScript, an HTTP body) can send anything.
    const result = await service.execute({
      type: 'BookParcel',
      data: { ...input.bookParcel, goodsValue: { minorUnits: 12.5, currency: 'cny' }, now: 'yesterday' },
    });
    expect(result).toEqual({
      kind: 'invalid',
      error: {
        code: 'DecodeError',
        subject: 'command BookParcel',
        omitted: 0,
        problems: [
          {
            path: '$.data.now',
            expected: 'CommandTime (an instant in the years 1970 to 8999)',
            found: '"yesterday"',
          },
          { path: '$.data.goodsValue.minorUnits', expected: 'MinorUnits', found: '12.5' },
          { path: '$.data.goodsValue.currency', expected: 'CurrencyCode', found: '"cny"' },
        ],
        message:
          'invalid command BookParcel: $.data.now: expected CommandTime (an instant in the years 1970 to 8999),' +
          ' found "yesterday"; ' +
          '$.data.goodsValue.minorUnits: expected MinorUnits, found 12.5; ' +
          '$.data.goodsValue.currency: expected CurrencyCode, found "cny"',
      },
    });
    expect(await store.readStream(parcelStreamId(parcelId))).toEqual([]);
  });

  it('runs untrusted JSON through execute, refusing an unknown type', async () => {
    const service = serviceOn();
    expect(await service.execute({ type: 'BookParcel', data: input.bookParcel })).toMatchObject({
      kind: 'accepted',
      revision: 0n,
    });
    const unknown = await service.execute({ type: 'CancelParcel', data: {} });
    expect(unknown.kind === 'invalid' ? unknown.error.problems : []).toEqual([
      {
        path: '$.type',
        expected:
          'one of BookParcel, PurchaseInsurance, RecordPickup, RecordHubArrival, ShipParcel, HandOverToCarrier, ' +
          'RecordTrackingUpdate, RecordDelivery, OpenInquiry, AttachDocument, RejectDocument, ExtendDocumentDeadline, ' +
          'ConfirmLoss, SubmitClaim, RequestInformation, AnswerInformationRequest, AcceptClaim, RejectClaim, ' +
          'AppealRejection, PayClaim, WithdrawClaim, CheckDeadlines, ' +
          'GrantDelegation, RevokeDelegation, NotifyCarrier, AssessCarrierLiability, FileRecovery, RecordRecovery, ' +
          'CloseRecovery, ElectSalvage',
        found: '"CancelParcel"',
      },
    ]);
  });

  it('returns a rejection with the rule that refused it and stores nothing', async () => {
    const store = inMemoryEventStore();
    const service = serviceOn(store);
    await service.bookParcel(input.bookParcel);
    const result = await service.openInquiry(input.openInquiry);
    expect(result.kind === 'rejected' ? result.rejection : null).toEqual({
      code: 'ParcelNotInsured',
      rule: 'R3',
      parcelId,
      message: `R3 insured before dispatch: parcel ${parcelId} has no insurance`,
    });
    expect((await store.readStream(parcelStreamId(parcelId))).map((e) => e.type)).toEqual(['ParcelBooked']);
  });

  it('answers a repeated command with its original events and writes nothing twice', async () => {
    const service = serviceOn();
    const first = await service.bookParcel(input.bookParcel);
    const again = await service.bookParcel(input.bookParcel);
    expect(again).toEqual({ ...first, kind: 'already-applied' });
    expect(await service.history(parcelId)).toHaveLength(1);
  });

  it('reports unchanged when a valid command has nothing to write', async () => {
    const service = serviceOn();
    await service.bookParcel(input.bookParcel);
    const check = await service.checkDeadlines({
      commandId: '00000000-0000-4000-9000-000000000099',
      now: '2026-01-06T00:00:00.000Z',
      actor: { role: 'system', id: 'scheduler' },
      parcelId,
    });
    expect(check.kind).toBe('unchanged');
  });

  it('has no parcel and no history for a parcel never recorded', async () => {
    const service = serviceOn();
    expect(await service.getParcel('TSS-NONE')).toBeNull();
    expect(await service.history('TSS-NONE')).toEqual([]);
  });
});

describe('concurrent writers', () => {
  /**
   * Two documents attached at once to an open inquiry, on a service that keeps `cachedStreams`
   * parcels: both accepted and recorded in order; returns the retry delays it slept.
   */
  const attachTwoAtOnce = async (cachedStreams: number): Promise<readonly number[]> => {
    const retries: number[] = [];
    const service = createClaimsService({
      store: inMemoryEventStore(),
      clock: () => recordedAt,
      retry: { sleep: async (ms) => void retries.push(ms) },
      cachedStreams,
    });
    await service.bookParcel(input.bookParcel);
    await service.purchaseInsurance(input.purchaseInsurance);
    await service.recordHubArrival(input.recordHubArrival);
    await service.shipParcel(input.shipParcel);
    await service.openInquiry(input.openInquiry);
    const [a, b] = await Promise.all([
      service.attachDocument(input.outboundRecord),
      service.attachDocument(input.proofOfHandover),
    ]);
    expect([a?.kind, b?.kind]).toEqual(['accepted', 'accepted']);
    const history = await service.history(parcelId);
    expect(history.slice(5).map((r) => [r.revision, r.event.type])).toEqual([
      [5n, 'DocumentAttached'],
      [6n, 'DocumentAttached'],
    ]);
    expect(new Set(history.slice(5).map((r) => r.metadata.commandId))).toEqual(
      new Set([input.outboundRecord.commandId, input.proofOfHandover.commandId]),
    );
    return retries;
  };

  it('decides again at once on a version conflict, so that two documents attached at once are both recorded', async () => {
    // Both were decided on the parcel the service kept; the second append was refused and the
    // command decided again on the stream as it is, without waiting.
    expect(await attachTwoAtOnce(1000)).toEqual([]);
  });

  it('retries after a delay on a version conflict when it keeps no parcels, and records both documents', async () => {
    expect(await attachTwoAtOnce(0)).toHaveLength(1);
  });

  it('writes a command sent twice at once only once', async () => {
    const service = serviceOn();
    const [a, b] = await Promise.all([
      service.bookParcel(input.bookParcel),
      service.bookParcel(input.bookParcel),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(['accepted', 'already-applied']);
    expect(await service.history(parcelId)).toHaveLength(1);
  });
});

describe('failures', () => {
  it('rejects with the store error when the store is unavailable, after storing nothing', async () => {
    const store = inMemoryEventStore();
    const down: EventStore = {
      ...store,
      append: async () => {
        throw new StoreUnavailable({ cause: new Error('connection refused') });
      },
    };
    await expect(serviceOn(down).bookParcel(input.bookParcel)).rejects.toBeInstanceOf(StoreUnavailable);
    expect(await store.readStream(parcelStreamId(parcelId))).toEqual([]);
  });

  it('refuses to fold a stream with an event it cannot decode, naming stream and revision', async () => {
    const store = inMemoryEventStore();
    const service = serviceOn(store);
    await service.bookParcel(input.bookParcel);
    await store.append(
      `parcel-${parcelId}`,
      [
        {
          eventId: '00000000-0000-4000-9000-0000000000ff',
          type: 'InsurancePurchased',
          data: { insuredValue: 'a lot' },
          metadata: {
            commandId: '00000000-0000-4000-9000-0000000000fe',
            correlationId: 'x',
            causationId: 'x',
            recordedAt,
            schemaVersion: 1,
            actor: null,
          },
        },
      ],
      { expectedVersion: 0n },
    );
    const failure = await service.getParcel(parcelId).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(EventDecodeFailed);
    expect(
      failure instanceof EventDecodeFailed ? [failure.streamId, failure.revision, failure.type] : [],
    ).toEqual([`parcel-${parcelId}`, 1n, 'InsurancePurchased']);
  });
});

describe('createClaimsService: parcels kept between commands', () => {
  const readRecording = () => {
    const inner = inMemoryEventStore();
    const reads: (bigint | 'whole')[] = [];
    const store: EventStore = {
      ...inner,
      readStream: async (streamId, options) => {
        reads.push(options?.from ?? 'whole');
        return inner.readStream(streamId, options);
      },
    };
    return { inner, store, reads };
  };

  it('decides on the parcel it kept without reading it again, and ends alike', async () => {
    const cached = readRecording();
    const uncached = readRecording();
    const withCache = await runStory(serviceOn(cached.store));
    const without = await runStory(
      createClaimsService({ store: uncached.store, clock: () => recordedAt, cachedStreams: 0 }),
    );
    expect(withCache).toEqual(without);
    expect(await cached.inner.readStream(parcelStreamId(parcelId))).toEqual(
      await uncached.inner.readStream(parcelStreamId(parcelId)),
    );
    // Every command of the story is accepted, so only the first one reads the parcel.
    expect(cached.reads).toEqual(['whole']);
    expect(uncached.reads).toEqual(Array(14).fill('whole'));
  });
});
