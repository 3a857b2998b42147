import { ClaimEvent, evolve, fold, initialState } from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { arbHistory, checkHistory, historyPaths } from '../../../src/index.js';

const anyPath = fc.oneof(...historyPaths.map((path) => arbHistory({ path })));
const runs = { numRuns: 200 };

describe('properties of generated, reachable histories', () => {
  it('keeps every rule of the catalogue', () => {
    fc.assert(
      fc.property(anyPath, (history) => {
        expect(checkHistory(history.events)).toEqual([]);
      }),
      runs,
    );
  });

  it('replays to the same state every time, also from stored JSON', () => {
    fc.assert(
      fc.property(anyPath, (history) => {
        const stored = JSON.parse(JSON.stringify(history.events));
        const decoded = stored.map((json: unknown) => ClaimEvent.decode(json));
        expect(decoded.every(E.isRight)).toBe(true);
        expect(fold(initialState, history.events)).toEqual(history.state);
        expect(
          fold(
            initialState,
            decoded.flatMap((d: E.Either<unknown, ClaimEvent>) => (E.isRight(d) ? [d.right] : [])),
          ),
        ).toEqual(history.state);
      }),
      runs,
    );
  });

  it('folds a batch exactly as event by event', () => {
    fc.assert(
      fc.property(anyPath, fc.nat(), (history, cut) => {
        const at = cut % (history.events.length + 1);
        const batched = fold(fold(initialState, history.events.slice(0, at)), history.events.slice(at));
        expect(batched).toEqual(history.events.reduce(evolve, initialState));
      }),
      runs,
    );
  });

  it('changes nothing when an applied command is sent again', () => {
    fc.assert(
      fc.property(anyPath, fc.nat(), (history, pick) => {
        const applied = history.attempts.filter(
          (a) => a.outcome.kind === 'accepted' && a.outcome.events.length > 0,
        );
        const again = applied[pick % Math.max(1, applied.length)];
        if (again === undefined) return;
        expect(history.decider.decide(again.command, history.state)).toEqual(E.right([]));
      }),
      runs,
    );
  });

  it('approves and pays within the cap, in the coverage currency, exactly the approved amount', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom('happy-payout', 'damage', 'deadline-checks' as const)
          .chain((path) => arbHistory({ path })),
        (history) => {
          const currency = history.state.coverage?.insuredValue.currency;
          let approved: number | undefined;
          for (const event of history.events) {
            if (event.type === 'ClaimAccepted') {
              approved = event.data.approvedAmount.minorUnits;
              expect(event.data.approvedAmount.currency).toBe(currency);
              expect(event.data.approvedAmount.minorUnits).toBeGreaterThan(0);
              expect(event.data.approvedAmount.minorUnits).toBeLessThanOrEqual(
                event.data.breakdown.cap.minorUnits,
              );
            }
            if (event.type === 'ClaimPaid')
              expect([event.data.amount.minorUnits, event.data.amount.currency]).toEqual([
                approved,
                currency,
              ]);
          }
        },
      ),
      runs,
    );
  });
});
