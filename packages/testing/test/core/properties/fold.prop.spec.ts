import { type ClaimEvent, evolve, fold, initialState, type ParcelState } from '@parcel-claims/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHistory, historyPaths } from '../../../src/index.js';
import { referenceEvolve, referenceFold } from '../support/reference-evolve.js';

const anyPath = fc.oneof(...historyPaths.map((path) => arbHistory({ path })));
const runs = { numRuns: 300 };

/** A history cut into consecutive chunks at the given points (any numbers, taken modulo its length). */
const chunksOf = (events: readonly ClaimEvent[], cuts: readonly number[]): ClaimEvent[][] => {
  const at = [...new Set(cuts.map((cut) => cut % (events.length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...at, events.length];
  return bounds.slice(1).map((end, index) => events.slice(bounds[index], end));
};

/** Events of several reachable histories in any order: not reachable, but evolve is total. */
const arbAnyEvents = fc
  .array(anyPath, { minLength: 1, maxLength: 3 })
  .chain((histories) => fc.shuffledSubarray(histories.flatMap((h) => [...h.events])));

/**
 * Folds chunk after chunk, checking after each that the state equals the reference fold of the
 * same prefix and that neither the state folded from nor the chunk was changed.
 */
const foldChunksChecked = (
  start: ParcelState,
  chunks: readonly ClaimEvent[][],
  foldChunk: (state: ParcelState, chunk: readonly ClaimEvent[]) => ParcelState,
): void => {
  let state = start;
  let expected = start;
  for (const chunk of chunks) {
    const stateBefore = structuredClone(state);
    const chunkBefore = structuredClone(chunk);
    const next = foldChunk(state, chunk);
    expected = referenceFold(expected, chunk);
    expect(next).toStrictEqual(expected);
    expect(state).toStrictEqual(stateBefore);
    expect(chunk).toStrictEqual(chunkBefore);
    state = next;
  }
};

describe('fold and evolve give exactly the states of the reference evolve, changing no input', () => {
  it('a reachable history folded at once from the initial state', () => {
    fc.assert(
      fc.property(anyPath, (history) => {
        const events = structuredClone(history.events);
        expect(fold(initialState, history.events)).toStrictEqual(referenceFold(initialState, history.events));
        expect(history.events).toStrictEqual(events);
      }),
      runs,
    );
  });

  it('a reachable history folded in chunks, each from the state the last one gave', () => {
    fc.assert(
      fc.property(anyPath, fc.array(fc.nat(), { maxLength: 6 }), (history, cuts) => {
        foldChunksChecked(initialState, chunksOf(history.events, cuts), fold);
      }),
      runs,
    );
  });

  it('a reachable history evolved one event at a time', () => {
    fc.assert(
      fc.property(anyPath, (history) => {
        foldChunksChecked(
          initialState,
          history.events.map((event) => [event]),
          (state, [event]) => (event === undefined ? state : evolve(state, event)),
        );
        let evolved = initialState;
        let expected = initialState;
        for (const event of history.events) {
          evolved = evolve(evolved, event);
          expected = referenceEvolve(expected, event);
        }
        expect(evolved).toStrictEqual(expected);
      }),
      runs,
    );
  });

  it('a later history folded from the state of another one, in chunks', () => {
    fc.assert(
      fc.property(anyPath, anyPath, fc.array(fc.nat(), { maxLength: 4 }), (first, second, cuts) => {
        const start = fold(initialState, first.events);
        foldChunksChecked(start, chunksOf(second.events, cuts), fold);
      }),
      runs,
    );
  });

  it('events of several histories in any order, in chunks: claims replaced, facts without their state', () => {
    fc.assert(
      fc.property(arbAnyEvents, fc.array(fc.nat(), { maxLength: 6 }), (events, cuts) => {
        foldChunksChecked(initialState, chunksOf(events, cuts), fold);
      }),
      runs,
    );
  });

  it('folding nothing gives back the state itself', () => {
    const state = fold(initialState, []);
    expect(state).toBe(initialState);
  });
});
