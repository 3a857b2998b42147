import { describe, expect, it } from 'vitest';
import { threePieceStory } from '../../src/examples/three-piece-story.js';
import { command, event } from '../support/builders.js';
import { run, stateAfter } from '../support/spec.js';

const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' }) as const;
const commands = threePieceStory.map(command);
const history = run(commands);

describe('the three-piece story: one piece lost, paid its insured share', () => {
  it('writes the events of the story in order', () => {
    expect(history.map((e) => e.type)).toEqual([
      'ParcelBooked',
      'InsurancePurchased',
      'ParcelPickedUp',
      'ParcelReceivedAtHub',
      'ParcelShipped',
      'ParcelHandedToCarrier',
      'ParcelDelivered',
      'InquiryOpened',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'DocumentAttached',
      'LossConfirmed',
      'ClaimSubmitted',
      'ClaimAccepted',
      'ClaimPaid',
    ]);
  });

  it('delivers two pieces and opens the partial loss on the third', () => {
    expect(history[6]).toEqual(
      event({
        type: 'ParcelDelivered',
        data: {
          at: '2026-03-10T09:00:00.000Z',
          commandId: '7f1d0c3e-0000-4000-8000-000000000107',
          pieceIds: ['P1', 'P2'],
        },
      }),
    );
    const opened = history[7];
    expect(opened?.type === 'InquiryOpened' ? [opened.data.claimType, opened.data.pieceIds] : opened).toEqual(
      ['partial-loss', ['P3']],
    );
  });

  it('caps the claim at the insured share of the lost piece and pays exactly that', () => {
    expect(history.slice(15)).toEqual([
      event({
        type: 'ClaimAccepted',
        data: {
          at: '2026-03-18T02:00:00.000Z',
          commandId: '7f1d0c3e-0000-4000-8000-000000000116',
          claimId: 'TSS-CLAIM-0107',
          approvedAmount: cny(90_000),
          breakdown: {
            sumInsured: cny(899_999),
            insuredShare: { pieceIds: ['P3'], share: cny(90_000), rounding: 'largest-remainder' },
            provenLoss: cny(100_000),
            provenConversions: [],
            coveredShippingCost: cny(0),
            limit: cny(90_000),
            deductible: { rule: { kind: 'none' }, amount: cny(0) },
            carrierSettlement: cny(0),
            salvage: cny(0),
            cap: cny(90_000),
          },
          payoutDue: {
            from: '2026-03-18T02:00:00.000Z',
            dueAt: '2026-03-23T15:59:59.999Z',
            localDate: '2026-03-23',
            basis: { unit: 'working-days', count: 3 },
            calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
            weekendsOnlyFallback: false,
          },
          partialReason: null,
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
      event({
        type: 'ClaimPaid',
        data: {
          at: '2026-03-20T06:00:00.000Z',
          commandId: '7f1d0c3e-0000-4000-8000-000000000117',
          claimId: 'TSS-CLAIM-0107',
          amount: cny(90_000),
          paymentReference: 'PI-PAYOUT-2026-0320-07',
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
    ]);
  });

  it('replays exactly, also from JSON: the pieces, their boxes, the delivered pieces and the paid claim', () => {
    const state = stateAfter(history);
    expect(stateAfter(JSON.parse(JSON.stringify(history)))).toEqual(state);
    expect(state.booking?.pieces.map((p) => [p.pieceId, p.airBoxNumber, p.customsBoxNumber])).toEqual([
      ['P1', 'AIRBOX-7101', 'CUSTOMS-1071'],
      ['P2', 'AIRBOX-7102', 'CUSTOMS-1072'],
      ['P3', 'AIRBOX-7103', 'CUSTOMS-1073'],
    ]);
    expect(state.shipment?.deliveredPieceIds).toEqual(['P1', 'P2']);
    expect([state.claim?.pieceIds, state.claim?.status, state.claim?.payment?.amount]).toEqual([
      ['P3'],
      'paid',
      cny(90_000),
    ]);
  });

  it('refuses one minor unit above the share, although the proven loss is higher', () => {
    const acceptance = threePieceStory[15];
    const above = command({ ...acceptance, data: { ...acceptance?.data, approvedAmount: cny(90_001) } });
    const decision = run(commands.slice(0, 15));
    expect(() => run([above], decision)).toThrow(
      'AcceptClaim was rejected: R7 approved amount within cap: approved CNY 900.01 exceeds the cap CNY 900.00' +
        ' = limit CNY 900.00 (the lower of the insured share CNY 900.00 of pieces P3 and proven loss CNY 1,000.00)' +
        ' - deductible CNY 0.00 - carrier settlement CNY 0.00 - salvage CNY 0.00',
    );
  });
});
