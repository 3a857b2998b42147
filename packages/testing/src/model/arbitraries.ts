import fc from 'fast-check';
import {
  type ClaimsModelCommand,
  probeCommand,
  proceedCommand,
  repeatCommand,
  sendCommand,
  twistCommand,
} from './commands.js';
import { roleChoice, specArbitrary, whoArbitrary } from './spec-arbitrary.js';
import { HOUR, MINUTE } from './time.js';

/**
 * Time between two commands: mostly minutes or hours, now and then days, sometimes none (several
 * commands at the same instant). About ten hours on average: a dossier can be gathered within its
 * grace period, and a few dozen commands pass the waiting periods. Probes jump weeks ahead, to the
 * filing deadline or a document's due date.
 */
export const stepArbitrary: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 14, arbitrary: fc.integer({ min: 1, max: 180 }).map((n) => n * MINUTE) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 24 }).map((n) => n * HOUR) },
  { weight: 1, arbitrary: fc.integer({ min: 24, max: 10 * 24 }).map((n) => n * HOUR) },
);

/** Which milestone ahead a probe aims at, nearest first: mostly the next one, as a scheduler would see it. */
const milestoneIndex: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.constant(1) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 6 }) },
);

/**
 * One command of a run over `parcels` slots: mostly a parcel's next cooperative step, often a
 * command that fits the moment but is wrong in one way, sometimes any command at all (most of them
 * refused), an earlier command again, or a probe around a deadline's exact millisecond.
 */
export const commandArbitrary = (parcels: number): fc.Arbitrary<ClaimsModelCommand> => {
  const slot = fc.integer({ min: 0, max: parcels - 1 });
  const pick = fc.nat({ max: 9_999 });
  // Shrinking drops whole commands; shrinking their values too would replay a long run hundreds of
  // times more for little gain in clarity (a smaller pick is not a simpler command).
  const whole = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.noShrink(arbitrary);
  return fc.oneof(
    {
      weight: 16,
      arbitrary: whole(fc.tuple(slot, stepArbitrary, pick, whoArbitrary)).map(([s, t, p, w]) =>
        proceedCommand(s, t, p, w),
      ),
    },
    {
      weight: 3,
      arbitrary: whole(fc.tuple(slot, stepArbitrary, roleChoice, whoArbitrary, specArbitrary)).map(
        ([s, t, r, w, spec]) => sendCommand(s, t, r, w, spec),
      ),
    },
    {
      weight: 5,
      arbitrary: whole(fc.tuple(slot, stepArbitrary, pick, whoArbitrary)).map(([s, t, p, w]) =>
        twistCommand(s, t, p, w),
      ),
    },
    { weight: 2, arbitrary: whole(fc.tuple(pick, fc.boolean())).map(([p, r]) => repeatCommand(p, r)) },
    {
      weight: 3,
      arbitrary: whole(fc.tuple(slot, milestoneIndex, fc.boolean())).map(([s, i, a]) =>
        probeCommand(s, i, a),
      ),
    },
  );
};

/** Where a run's clock starts: any minute from October 2025 to October 2026, so working-day deadlines cross the holidays. */
export const startArbitrary: fc.Arbitrary<number> = fc
  .integer({ min: 0, max: 390 * 24 * 60 })
  .map((minutes) => Date.parse('2025-10-01T00:00:00.000Z') + minutes * MINUTE);
