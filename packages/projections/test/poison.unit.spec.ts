import {
  memoryProjectionSink,
  ProjectionFailed,
  projectionRunner,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import { decodeRecordedClaimEvent, parcelStreamPrefix } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import {
  claimProjection,
  claimsBoard,
  listClaims,
  UndecodableClaimEvent,
  UnexpectedClaimEvent,
} from '../src/index.js';
import { withClaimNeverOpened, withStrangeEvent } from './support/strange-event.js';

const filter = { streamPrefix: parcelStreamPrefix };

const failureOf = async (promise: Promise<unknown>): Promise<ProjectionFailed> => {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ProjectionFailed))
    throw new Error(`expected ProjectionFailed, got ${String(outcome)}`);
  return outcome;
};

describe('claim read models and poison events', () => {
  it('an event that is not a claim event stops the projection at it, the cause naming why', async () => {
    const sink = memoryProjectionSink(claimProjection(claimsBoard));
    const failure = await failureOf(
      projectionRunner({ store: await withStrangeEvent(), sink, name: 'board', filter }).catchUp(),
    );
    expect([failure.kind, failure.streamId, failure.position, failure.eventType]).toEqual([
      'handler-failed',
      'parcel-PB',
      48n,
      'ParcelWeighed',
    ]);
    expect(failure.cause).toBeInstanceOf(UndecodableClaimEvent);
    expect(await sink.checkpoint()).toBe(47n);
    expect(listClaims(sink.readModel())).toHaveLength(4);
  });

  it('with the claim decoder given to the runner, it is stopped as undecodable before the sink sees it', async () => {
    const sink = memoryProjectionSink(claimProjection(claimsBoard));
    const failure = await failureOf(
      projectionRunner({
        store: await withStrangeEvent(),
        sink,
        name: 'board',
        filter,
        decode: decodeRecordedClaimEvent,
      }).catchUp(),
    );
    expect([failure.kind, failure.position]).toEqual(['undecodable', 48n]);
    expect(failure.message).toBe(
      'Projection "board" stopped at event ParcelWeighed 00000000-0000-4000-8000-000000000999 ' +
        '(position 48, revision 9 of stream "parcel-PB"): cannot decode it: ' +
        'invalid event: $.type: expected one of ParcelBooked, InsurancePurchased, ParcelPickedUp, ParcelReceivedAtHub, ' +
        'ParcelShipped, ParcelHandedToCarrier, TrackingUpdated, ParcelDelivered, InquiryOpened, DocumentAttached, ' +
        'DocumentRejected, DocumentDeadlineExtended, LossConfirmed, ClaimSubmitted, InformationRequested, ' +
        'InformationProvided, ClaimAccepted, ClaimRejected, ClaimReopened, ClaimPaid, PayoutOverdue, DecisionOverdue, ClaimLapsed, ClaimWithdrawn, CarrierNotified, ' +
        'CarrierNoticeMissed, CarrierLiabilityAssessed, RecoveryFiled, RecoveryReceived, RecoveryClosed, ' +
        'ParcelFoundAfterPayout, ClaimRepaid, GoodsSurrendered, SalvageElectionOverdue, DelegationGranted, ' +
        'DelegationRevoked, found "ParcelWeighed"',
    );
  });

  it('parked, it is handed over and the read model goes on', async () => {
    const parked: string[] = [];
    const sink = memoryProjectionSink(claimProjection(claimsBoard));
    const runner = projectionRunner({
      store: await withStrangeEvent(),
      sink,
      name: 'board',
      filter,
      onPoison: 'park',
      park: async (event: RecordedEvent, reason) => {
        parked.push(`${event.streamId}@${event.position} ${reason.kind}`);
      },
    });
    expect(await runner.catchUp()).toEqual({ handled: 48, checkpoint: 48n });
    expect(parked).toEqual(['parcel-PB@48 handler-failed']);
    expect(listClaims(sink.readModel())).toHaveLength(4);
  });

  it('a claim step for a claim never opened is out of place', async () => {
    const store = await withClaimNeverOpened();
    const failure = await failureOf(
      projectionRunner({
        store,
        sink: memoryProjectionSink(claimProjection(claimsBoard)),
        name: 'board',
        filter,
      }).catchUp(),
    );
    expect(failure.cause).toBeInstanceOf(UnexpectedClaimEvent);
    expect(failure.cause instanceof Error ? failure.cause.message : '').toBe(
      'Event DocumentAttached at position 48 of stream "parcel-PA" is out of place: claim C9 was never opened',
    );
  });
});
