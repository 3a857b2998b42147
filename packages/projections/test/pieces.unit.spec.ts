import { foundingStory } from '@parcel-claims/core/founding-story';
import { threePieceStory } from '@parcel-claims/core/three-piece-story';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import { carrierLossStatistics, claimsBoard, findClaim, listCarrierLossStatistics } from '../src/index.js';
import { project } from './support/project.js';

const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' });

/** The founding story and the three-piece story, both carried by sky-cargo, in one store. */
const storiesStore = async (): Promise<EventStore> => {
  const store = inMemoryEventStore();
  let now = '';
  const service = createClaimsService({ store, clock: () => now });
  for (const command of [...foundingStory, ...threePieceStory]) {
    now = String(command.data.now);
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`story step refused: ${JSON.stringify(result)}`);
  }
  return store;
};

describe('read models of a parcel in pieces', () => {
  it('the board shows the partial loss on the one piece lost, capped at its insured share', async () => {
    const board = await project(await storiesStore(), claimsBoard);
    expect(board.parcels.get('parcel-TSS-2026-000107')).toMatchObject({
      goodsValue: cny(1_000_000),
      pieceIds: ['P1', 'P2', 'P3'],
      insuredValue: cny(899_999),
      carrierId: 'sky-cargo',
    });
    expect(findClaim(board, 'TSS-2026-000107', 'TSS-CLAIM-0107')).toMatchObject({
      claimType: 'partial-loss',
      pieceIds: ['P3'],
      goodsValue: cny(1_000_000),
      insuredValue: cny(899_999),
      approvedAmount: cny(90_000),
      paidAmount: cny(90_000),
      status: 'paid',
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
    });
  });

  it('a partial loss counts against the carrier that took the parcel, beside its whole losses', async () => {
    expect(listCarrierLossStatistics(await project(await storiesStore(), carrierLossStatistics))).toEqual([
      {
        carrierId: 'sky-cargo',
        lossClaims: 2,
        confirmedLosses: 2,
        paidClaims: 2,
        paid: [{ currency: 'CNY', minorUnits: 1_370_000n }],
      },
    ]);
  });
});
