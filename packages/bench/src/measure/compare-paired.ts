import type { Fn } from 'tinybench';
import { type TaskSpec, type TimeOptions, type Timing, timeTasks } from './time-tasks.js';

/** A subject timed against its baseline doing the same work, in the same process. */
export interface PairedTiming {
  readonly subject: Timing;
  readonly baseline: Timing;
  /** Subject throughput over baseline throughput (baseline time per call over subject time). */
  readonly ratio: number;
  /** The ratio of every round, to show how much it moved. */
  readonly roundRatios: readonly number[];
}

/** The median of some figures; NaN when there are none. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  const lower = sorted[middle - 1] ?? upper;
  return sorted.length % 2 === 0 ? (lower + upper) / 2 : upper;
};

const medianTiming = (timings: readonly Timing[]): Timing => {
  const meanMs = median(timings.map((t) => t.meanMs));
  const closest = timings.reduce((best, t) =>
    Math.abs(t.meanMs - meanMs) < Math.abs(best.meanMs - meanMs) ? t : best,
  );
  return { ...closest, meanMs };
};

const taskOf = (name: string, task: Fn | Omit<TaskSpec, 'name'>): TaskSpec =>
  typeof task === 'function' ? { name, fn: task } : { name, ...task };

/**
 * Times subject and baseline in alternating order over several rounds and keeps the median
 * ratio. A burst of noise slows whichever task is running, so it moves one round's ratio, not
 * the median, and the ratio holds on a busy machine where absolute figures do not.
 */
export const comparePaired = async (
  subject: Fn | Omit<TaskSpec, 'name'>,
  baseline: Fn | Omit<TaskSpec, 'name'>,
  rounds: number,
  options: TimeOptions,
  /** Runs before each round, untimed: e.g. to give a task fresh state. */
  beforeRound: () => Promise<void> = async () => undefined,
): Promise<PairedTiming> => {
  const subjects: Timing[] = [];
  const baselines: Timing[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    await beforeRound();
    const subjectFirst = round % 2 === 1;
    const tasks = [taskOf('subject', subject), taskOf('baseline', baseline)];
    const [first, second] = await timeTasks(subjectFirst ? tasks : [...tasks].reverse(), options);
    if (first === undefined || second === undefined) throw new Error('tinybench returned no timing');
    const [s, b] = subjectFirst ? [first, second] : [second, first];
    subjects.push(s);
    baselines.push(b);
    ratios.push(b.meanMs / s.meanMs);
  }
  return {
    subject: medianTiming(subjects),
    baseline: medianTiming(baselines),
    ratio: median(ratios),
    roundRatios: ratios,
  };
};
