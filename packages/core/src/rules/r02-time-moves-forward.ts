import { because, type Rejection } from '../decider/rejection.js';
import type { ParcelState } from '../decider/state.js';
import { type Instant, isBefore } from '../time/instant.js';
import { rule } from './rule.js';

/** R2: time never runs backwards within a stream. A command decided before the last event is refused. */
export const timeMovesForward = rule(
  'R2',
  'time moves forward',
  ({ state, command }: { state: ParcelState; command: { data: { now: Instant } } }): Rejection | undefined =>
    lastEventBefore(state, command.data.now),
);

const lastEventBefore = (state: ParcelState, now: Instant): Rejection | undefined =>
  state.lastEventAt !== null && isBefore(now, state.lastEventAt)
    ? {
        code: 'TimeRunsBackwards',
        rule: 'R2',
        now,
        lastEventAt: state.lastEventAt,
        message: because(
          'R2',
          `command time ${now} is before the stream's last event at ${state.lastEventAt}`,
        ),
      }
    : undefined;
