import { checkHistory, d1DocumentProvision, r4InquiryWindow } from '@parcel-claims/audit/invariants';
import {
  type ClaimEvent,
  defaultPolicy,
  type EventOf,
  instantMillis,
  type Policy,
  policyBook,
  validatePolicy,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { arbHistory } from '../../../src/history/arb-history.js';
import type { HistoryPath } from '../../../src/history/paths.js';

const DAY = 86_400_000;
const runs = { numRuns: 200 };
const paths: readonly HistoryPath[] = ['after-delivery', 'damage', 'lapse', 'any', 'happy-payout'];
const anyPath = (policy?: Policy) =>
  fc.constantFrom(...paths).chain((path) => arbHistory(policy === undefined ? { path } : { path, policy }));

const first = <T extends ClaimEvent['type']>(events: readonly ClaimEvent[], type: T) =>
  events.find((e): e is EventOf<T> => e.type === type);

/** The facts before each event that the windows are measured from, read from the events alone. */
const walk = (
  events: readonly ClaimEvent[],
  visit: (event: ClaimEvent, before: { shippedAt: number | null; deliveredAt: number | null }) => void,
) => {
  let shippedAt: number | null = null;
  let deliveredAt: number | null = null;
  for (const event of events) {
    visit(event, { shippedAt, deliveredAt });
    if (event.type === 'ParcelShipped') shippedAt = instantMillis(event.data.at);
    if (event.type === 'ParcelDelivered') deliveredAt = instantMillis(event.data.at);
  }
};

const international30 = (() => {
  const checked = validatePolicy({
    ...defaultPolicy,
    id: 'parcel-international-30',
    parameters: {
      ...defaultPolicy.parameters,
      internationalInquiryWaitingPeriod: { value: 30, unit: 'calendar-days' },
      internationalNoMovementPeriod: { value: 20, unit: 'calendar-days' },
    },
  });
  if (E.isLeft(checked)) throw new Error(checked.left.message);
  return checked.right;
})();

describe('claim types, windows and documents over generated histories', () => {
  it('keeps R4 and D1 as the audit checks them, for every claim type', () => {
    fc.assert(
      fc.property(anyPath(), (history) => {
        expect(checkHistory(history.events, { invariants: [r4InquiryWindow, d1DocumentProvision] })).toEqual(
          [],
        );
      }),
      runs,
    );
  });

  it('opens a theft-after-delivery claim only 5 to 30 days after delivery', () => {
    fc.assert(
      fc.property(anyPath(), (history) => {
        walk(history.events, (event, { deliveredAt }) => {
          if (event.type !== 'InquiryOpened' || event.data.claimType !== 'theft-after-delivery') return;
          expect(deliveredAt).not.toBeNull();
          const since = instantMillis(event.data.at) - (deliveredAt ?? 0);
          expect(since >= 5 * DAY && since <= 30 * DAY).toBe(true);
        });
      }),
      runs,
    );
  });

  it('opens a partial loss only after a delivery that left a piece behind, within 14 days', () => {
    fc.assert(
      fc.property(anyPath(), (history) => {
        const booked = first(history.events, 'ParcelBooked')?.data.pieces.map((p) => p.pieceId) ?? [];
        walk(history.events, (event, { deliveredAt }) => {
          if (event.type !== 'InquiryOpened' || event.data.claimType !== 'partial-loss') return;
          const delivery = first(history.events, 'ParcelDelivered');
          expect(delivery).toBeDefined();
          expect(booked.some((id) => !delivery?.data.pieceIds.includes(id))).toBe(true);
          expect(instantMillis(event.data.at) - (deliveredAt ?? 0) <= 14 * DAY).toBe(true);
        });
      }),
      runs,
    );
  });

  it('asks for a police report exactly when the stolen goods are worth more than CNY 700.00, or cannot be compared', () => {
    fc.assert(
      fc.property(anyPath(), (history) => {
        const booking = first(history.events, 'ParcelBooked')?.data;
        const coverage = first(history.events, 'InsurancePurchased')?.data;
        for (const event of history.events) {
          if (event.type !== 'InquiryOpened' || event.data.claimType !== 'theft-after-delivery') continue;
          const claimed = (booking?.pieces ?? []).filter((p) => event.data.pieceIds.includes(p.pieceId));
          const value = claimed.reduce((sum, p) => sum + p.goodsValue.minorUnits, 0);
          const comparable =
            coverage?.insuredValue.currency === 'CNY' &&
            claimed.every((p) => p.goodsValue.currency === 'CNY');
          const listed = event.data.requiredDocuments.map((d) => d.documentType);
          expect(listed.includes('police-report')).toBe(!comparable || value > 70_000);
        }
      }),
      runs,
    );
  });

  it('accepts no document later than the 120-day filing deadline after dispatch', () => {
    fc.assert(
      fc.property(anyPath(), (history) => {
        walk(history.events, (event, { shippedAt }) => {
          if (event.type !== 'DocumentAttached' && event.type !== 'LossConfirmed') return;
          expect(instantMillis(event.data.at) - (shippedAt ?? 0) <= 120 * DAY).toBe(true);
        });
      }),
      runs,
    );
  });

  it('under a policy waiting 30 days (20 without movement) for international parcels, no loss inquiry opens earlier', () => {
    fc.assert(
      fc.property(anyPath(international30), (history) => {
        const booking = first(history.events, 'ParcelBooked')?.data;
        let lastMovement: number | null = null;
        walk(history.events, (event, { shippedAt }) => {
          if (event.type === 'ParcelShipped') lastMovement = instantMillis(event.data.at);
          if (event.type === 'TrackingUpdated')
            lastMovement = Math.max(lastMovement ?? 0, instantMillis(event.data.scannedAt));
          if (event.type === 'ParcelHandedToCarrier')
            lastMovement = Math.max(lastMovement ?? 0, instantMillis(event.data.at));
          if (event.type !== 'InquiryOpened' || event.data.claimType !== 'loss') return;
          const at = instantMillis(event.data.at);
          const international = booking !== undefined && booking.origin !== booking.destination;
          const [waiting, still] = international ? [30, 20] : [14, 7];
          expect(at - (shippedAt ?? 0) >= waiting * DAY || at - (lastMovement ?? 0) >= still * DAY).toBe(
            true,
          );
        });
        expect(
          checkHistory(history.events, {
            policies: policyBook([defaultPolicy, international30]),
            invariants: [r4InquiryWindow],
          }),
        ).toEqual([]);
      }),
      runs,
    );
  });
});
