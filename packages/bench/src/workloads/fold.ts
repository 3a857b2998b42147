import { fold, initialState } from '@parcel-claims/core';
import type { StoredHistory } from '../fixtures/stored-histories.js';
import { keep } from '../measure/keep.js';
import { perSecond, type TimeOptions, timeTasks } from '../measure/time-tasks.js';
import { atLeast, figure, type Row } from '../report/row.js';

/** The pure fold: every history's already decoded events folded from the initial state. */
export const foldRow = async (histories: readonly StoredHistory[], options: TimeOptions): Promise<Row> => {
  const streams = histories.map((h) => h.events);
  const events = streams.reduce((sum, s) => sum + s.length, 0);
  const [timing] = await timeTasks(
    [
      {
        name: 'fold',
        fn: () => {
          for (const stream of streams) keep(fold(initialState, stream));
        },
      },
    ],
    options,
  );
  if (timing === undefined) throw new Error('tinybench returned no timing');
  const rate = perSecond(timing, events);
  return {
    id: 'fold',
    workload: 'Pure fold of decoded events (one core)',
    measured: figure(rate, 'events/s', timing.rmePercent),
    baseline: null,
    ratio: null,
    target: atLeast('≥ 2,000,000 events/s', rate, 2_000_000),
    details: { eventsPerCall: figure(events, 'events') },
  };
};
