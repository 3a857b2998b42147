import { checkHistory } from '@parcel-claims/audit';
import { decodeClaimCommand } from '@parcel-claims/core';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type DemoClaim, demoClaims } from '../src/demo/demo-claims.js';

/** Writes each parcel's commands through the service at their own times; what the service answered, and the outcome. */
const written = async (claims: readonly DemoClaim[]) => {
  let now = '';
  const service = createClaimsService({ store: inMemoryEventStore(), clock: () => now });
  const outcomes = [];
  for (const { parcelId, story, commands } of claims) {
    const answers = new Set<string>();
    for (const command of commands) {
      now = command.now;
      answers.add((await service.execute(command.json)).kind);
    }
    const state = await service.getParcel(parcelId);
    const history = await service.history(parcelId);
    const claims =
      state === null ? [] : [...state.earlierClaims, ...(state.claim === null ? [] : [state.claim])];
    outcomes.push({
      story,
      answers: [...answers],
      shipment: state?.shipment?.stage,
      claims: claims.map((claim) => `${claim.claimType} ${claim.status}`),
      violations: checkHistory(
        history.map((record) => ({ event: record.event, actor: record.metadata.actor })),
      ),
    });
  }
  return outcomes;
};

describe('generated demo claims', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(demoClaims(42, 7)).toEqual(demoClaims(42, 7));
    expect(demoClaims(7, 7).map((claim) => claim.parcelId)).toEqual(
      Array.from({ length: 7 }, (_, index) => `DEMO-7-000${index + 1}`),
    );
    expect(demoClaims(7, 7).map((claim) => claim.commands)).not.toEqual(
      demoClaims(42, 7).map((claim) => claim.commands),
    );
  });

  it('book parcels of one to three pieces in several currencies, the pieces adding up to the goods value', () => {
    const bookings = demoClaims(42, 14).flatMap(({ commands }) =>
      commands.flatMap(({ json }) => {
        const decoded = decodeClaimCommand(json);
        return E.isRight(decoded) && decoded.right.type === 'BookParcel' ? [decoded.right.data] : [];
      }),
    );
    const pieceCounts = new Set(bookings.map((booking) => booking.pieces.length));
    expect([...pieceCounts].sort()).toEqual([1, 2, 3]);
    expect(new Set(bookings.map((booking) => booking.goodsValue.currency)).size).toBeGreaterThan(1);
    for (const booking of bookings)
      expect(booking.pieces.reduce((sum, piece) => sum + piece.goodsValue.minorUnits, 0)).toBe(
        booking.goodsValue.minorUnits,
      );
  });

  it('follow their stories in turn, every command accepted and every rule kept', async () => {
    const stories = [
      { story: 'delivered', shipment: 'delivered', claims: [] },
      { story: 'happy-payout', shipment: 'with-carrier', claims: ['loss paid'] },
      { story: 'lapse', shipment: 'with-carrier', claims: ['loss lapsed'] },
      { story: 'rejection', shipment: 'with-carrier', claims: ['loss rejected'] },
      { story: 'damage', shipment: 'delivered', claims: ['damage paid'] },
      {
        story: 'withdrawal',
        shipment: 'delivered',
        claims: ['loss withdrawn', 'damage gathering-documents'],
      },
      { story: 'deadline-checks', shipment: 'with-carrier', claims: ['loss paid'] },
    ];
    const expected = [...stories, ...stories].map((outcome) => ({
      ...outcome,
      answers: ['accepted'],
      violations: [],
    }));
    expect(await written(demoClaims(42, 14))).toEqual(expected);
  });
});
