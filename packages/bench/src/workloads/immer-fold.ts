import { foldEvents } from '@parcel-claims/eventsourcing';
import { pickupPoint, pickupPointByHand } from '@parcel-claims/example-pickup-point';
import { pickupHistories } from '../fixtures/pickup-histories.js';
import { comparePaired } from '../measure/compare-paired.js';
import { keep } from '../measure/keep.js';
import { perSecond, type TimeOptions } from '../measure/time-tasks.js';
import { figure, pairedFigures, type Row, roundRatioRange } from '../report/row.js';

/**
 * The fold of a decider of one's own whose evolve is an immer recipe (the example pickup point,
 * one `produce` per history through `foldBatch`) against the same decider with its evolve
 * written by hand with spreads, folded event by event. Reported, not held to a target: it shows
 * what the recipe costs.
 */
export const immerFoldRow = async (seed: number, rounds: number, options: TimeOptions): Promise<Row> => {
  const histories = pickupHistories(200, 120, seed);
  const events = histories.reduce((sum, history) => sum + history.length, 0);
  const paired = await comparePaired(
    () => {
      for (const history of histories) keep(foldEvents(pickupPoint, pickupPoint.initialState, history));
    },
    () => {
      for (const history of histories)
        keep(foldEvents(pickupPointByHand, pickupPointByHand.initialState, history));
    },
    rounds,
    options,
  );
  return {
    id: 'immer-fold',
    workload:
      'Fold of a decider of your own with an immer recipe as evolve (examples/pickup-point, one produce per history)',
    ...pairedFigures(
      paired,
      (timing) => perSecond(timing, events),
      'events/s',
      'the same evolve written by hand with spreads, event by event',
    ),
    target: null,
    details: { eventsPerCall: figure(events, 'events'), ...roundRatioRange(paired) },
  };
};
