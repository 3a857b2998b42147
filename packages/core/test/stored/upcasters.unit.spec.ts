import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type ClaimEvent,
  claimEventTypes,
  claimSchemaVersion,
  claimUpcasters,
  decodeRecordedClaimEvent,
} from '../../src/index.js';
import { command } from '../support/builders.js';
import { decider, stateAfter } from '../support/spec.js';

/** The founding story's events as schema version 1 wrote them, before values, pieces and the breakdown v2. */
const v1: readonly { type: string; schemaVersion: number; data: unknown }[] = JSON.parse(
  readFileSync(new URL('../fixtures/v1/founding-story-events.json', import.meta.url), 'utf8'),
);

/** Lifts stored data step by step to the version the code writes, as an upcasting decoder does. */
const lift = (type: string, from: number, data: unknown): unknown => {
  let lifted = data;
  for (let version = from; version < claimSchemaVersion(type); version += 1) {
    const step = claimUpcasters[type]?.[version];
    if (step === undefined) throw new Error(`no upcaster for ${type} from version ${version}`);
    lifted = step(lifted);
  }
  return lifted;
};

const decoded: ClaimEvent[] = v1.map(({ type, schemaVersion, data }) => {
  const event = decodeRecordedClaimEvent({
    type,
    data: lift(type, schemaVersion, data),
    metadata: { schemaVersion: claimSchemaVersion(type) },
  });
  if (E.isLeft(event)) throw new Error(`${type}: ${event.left.message}`);
  return event.right;
});

const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' });
const dataOf = (type: string) => decoded.find((event) => event.type === type)?.data;

describe('events written at schema version 1', () => {
  it('are all at version 1 in the fixture; six of their types are written at version 2 today, ClaimAccepted at 3', () => {
    expect(new Set(v1.map((event) => event.schemaVersion))).toEqual(new Set([1]));
    expect(claimEventTypes.filter((type) => claimSchemaVersion(type) === 2)).toEqual([
      'ParcelBooked',
      'InsurancePurchased',
      'ParcelHandedToCarrier',
      'ParcelDelivered',
      'InquiryOpened',
      'ClaimPaid',
    ]);
    expect(claimEventTypes.filter((type) => claimSchemaVersion(type) === 3)).toEqual(['ClaimAccepted']);
  });

  it('lift the acceptance and the payment to payee and method not recorded, no partial reason, no salvage', () => {
    expect(dataOf('ClaimAccepted')).toMatchObject({
      partialReason: null,
      payee: { role: 'not-recorded', partyId: 'not-recorded' },
      method: 'not-recorded',
      breakdown: { salvage: cny(0) },
    });
    expect(dataOf('ClaimPaid')).toEqual({
      at: '2026-02-24T06:00:00.000Z',
      commandId: expect.any(String),
      claimId: expect.any(String),
      amount: cny(1_298_000),
      paymentReference: expect.any(String),
      payee: { role: 'not-recorded', partyId: 'not-recorded' },
      method: 'not-recorded',
    });
  });

  it('lift a booking to its values kept apart, the basis not recorded, and one piece "1"', () => {
    expect(dataOf('ParcelBooked')).toEqual({
      at: '2026-01-05T02:00:00.000Z',
      commandId: '7f1d0c3e-0000-4000-8000-000000000001',
      parcelId: 'TSS-2026-000042',
      sellerId: 'seller-a',
      forwarderId: 'takesendship',
      origin: 'CN',
      destination: 'DE',
      contents: 'Mirrorless camera body',
      shippingCost: cny(18_000),
      goodsValue: cny(1_280_000),
      valueBasis: 'not-recorded',
      customsValue: null,
      carriageValue: null,
      pieces: [
        {
          pieceId: '1',
          description: 'Mirrorless camera body',
          goodsValue: cny(1_280_000),
          weightGrams: 1200,
        },
      ],
    });
  });

  it('lift the coverage to a deductible rule and no conversions, the handover to the boxes of piece "1"', () => {
    expect(dataOf('InsurancePurchased')).toMatchObject({ deductible: { kind: 'none' }, conversions: [] });
    expect(dataOf('ParcelHandedToCarrier')).toMatchObject({
      boxes: [{ pieceId: '1', airBoxNumber: 'AIRBOX-5531', customsBoxNumber: 'CUSTOMS-0917' }],
    });
    expect(dataOf('InquiryOpened')).toMatchObject({ pieceIds: ['1'] });
  });

  it('lift the acceptance to the breakdown v2 and keep the stored cap and approval: history is never rewritten', () => {
    expect(dataOf('ClaimAccepted')).toMatchObject({
      approvedAmount: cny(1_298_000),
      breakdown: {
        sumInsured: cny(1_280_000),
        insuredShare: null,
        provenLoss: cny(1_280_000),
        provenConversions: [],
        coveredShippingCost: cny(18_000),
        limit: cny(1_280_000),
        deductible: { rule: { kind: 'none' }, amount: cny(0) },
        carrierSettlement: cny(0),
        salvage: cny(0),
        cap: cny(1_298_000),
      },
    });
  });

  it('fold and replay to the state they record: one piece in its boxes, the claim on it paid as it was', () => {
    const state = stateAfter(decoded);
    expect(stateAfter(JSON.parse(JSON.stringify(decoded)))).toEqual(state);
    expect(state.booking?.pieces).toEqual([
      {
        pieceId: '1',
        description: 'Mirrorless camera body',
        goodsValue: cny(1_280_000),
        weightGrams: 1200,
        airBoxNumber: 'AIRBOX-5531',
        customsBoxNumber: 'CUSTOMS-0917',
      },
    ]);
    expect(state.coverage?.deductible).toEqual({ kind: 'none' });
    expect([state.claim?.pieceIds, state.claim?.status, state.claim?.payment?.amount]).toEqual([
      ['1'],
      'paid',
      cny(1_298_000),
    ]);
  });

  it('leave a parcel the decider goes on deciding: the paid claim settled the coverage', () => {
    const state = stateAfter(decoded);
    const inquiry = decider.decide(
      command({
        type: 'OpenInquiry',
        data: {
          commandId: '7f1d0c3e-0000-4000-8000-000000000099',
          now: '2026-03-01T00:00:00.000Z',
          actor: { role: 'seller', id: 'seller-a' },
          parcelId: 'TSS-2026-000042',
          claimId: 'TSS-CLAIM-0002',
          claimType: 'loss',
          pieceIds: null,
        },
      }),
      state,
    );
    expect(E.isLeft(inquiry) ? inquiry.left.code : inquiry.right).toBe('CoverageAlreadySettled');
  });

  it('pass data that is not an object on unchanged, for the decoder to name', () => {
    for (const [type, steps] of Object.entries(claimUpcasters))
      expect([type, steps[1]?.('oops')]).toEqual([type, 'oops']);
  });
});

/** The founding story's events as schema version 2 wrote them: ClaimAccepted at 2, ClaimPaid at 1. */
const v2: readonly { type: string; schemaVersion: number; data: unknown }[] = JSON.parse(
  readFileSync(new URL('../fixtures/v2/founding-story-events.json', import.meta.url), 'utf8'),
);

describe('events written at schema version 2', () => {
  const lifted: ClaimEvent[] = v2.map(({ type, schemaVersion, data }) => {
    const event = decodeRecordedClaimEvent({
      type,
      data: lift(type, schemaVersion, data),
      metadata: { schemaVersion: claimSchemaVersion(type) },
    });
    if (E.isLeft(event)) throw new Error(`${type}: ${event.left.message}`);
    return event.right;
  });

  it('lift the acceptance and the payment to payee and method not recorded, keeping every amount', () => {
    const accepted = lifted.find((event) => event.type === 'ClaimAccepted');
    const paid = lifted.find((event) => event.type === 'ClaimPaid');
    expect(v2.filter((event) => event.type === 'ClaimAccepted' || event.type === 'ClaimPaid')).toMatchObject([
      { schemaVersion: 2 },
      { schemaVersion: 1 },
    ]);
    expect(accepted?.data).toMatchObject({
      approvedAmount: cny(300_000),
      breakdown: { cap: cny(300_000), salvage: cny(0) },
      partialReason: null,
      payee: { role: 'not-recorded', partyId: 'not-recorded' },
      method: 'not-recorded',
    });
    expect(paid?.data).toMatchObject({
      amount: cny(300_000),
      payee: { role: 'not-recorded', partyId: 'not-recorded' },
      method: 'not-recorded',
    });
  });

  it('fold to the claim paid as it was, with the payee not recorded', () => {
    const claim = stateAfter(lifted).claim;
    expect([claim?.status, claim?.payment?.amount, claim?.payment?.payee, claim?.acceptance?.method]).toEqual(
      ['paid', cny(300_000), { role: 'not-recorded', partyId: 'not-recorded' }, 'not-recorded'],
    );
  });
});
