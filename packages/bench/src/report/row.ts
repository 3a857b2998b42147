import type { PairedTiming } from '../measure/compare-paired.js';
import type { Timing } from '../measure/time-tasks.js';

/** A number and its unit, as printed and as written to results.json. */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  /** Relative margin of error of the mean (95%), in percent, where the figure is a timing. */
  readonly rmePercent?: number;
}

export interface Target {
  /** The target as stated, e.g. `≥ 0.5× JSON.parse`. */
  readonly text: string;
  /** Null when the row is reported, not held to a threshold. */
  readonly met: boolean | null;
}

/** One line of the results table. */
export interface Row {
  readonly id: string;
  readonly workload: string;
  readonly measured: Figure | null;
  readonly baseline: (Figure & { readonly name: string }) | null;
  readonly ratio: Figure | null;
  readonly target: Target | null;
  /** Why a row was not measured in this run. */
  readonly skipped?: string;
  /** Figures that qualify the row (store size while measuring, rounds, bytes per event, …). */
  readonly details?: Readonly<Record<string, Figure>>;
}

export const figure = (value: number, unit: string, rmePercent?: number): Figure =>
  rmePercent === undefined ? { value, unit } : { value, unit, rmePercent };

export const atLeast = (text: string, value: number, threshold: number): Target => ({
  text,
  met: value >= threshold,
});

/**
 * The measured, baseline and ratio figures of a subject timed against its baseline: each rate
 * from its timing with `rate`, in `unit`, and the median of the round ratios.
 */
export const pairedFigures = (
  paired: PairedTiming,
  rate: (timing: Timing) => number,
  unit: string,
  baselineName: string,
): Pick<Row, 'measured' | 'baseline' | 'ratio'> => ({
  measured: figure(rate(paired.subject), unit, paired.subject.rmePercent),
  baseline: { name: baselineName, ...figure(rate(paired.baseline), unit, paired.baseline.rmePercent) },
  ratio: figure(paired.ratio, '×'),
});

/** The lowest and highest round ratio of a paired timing, for a row's details. */
export const roundRatioRange = (paired: PairedTiming): Readonly<Record<string, Figure>> => ({
  lowestRoundRatio: figure(Math.min(...paired.roundRatios), '×'),
  highestRoundRatio: figure(Math.max(...paired.roundRatios), '×'),
});

/** A row for a workload that could not run, saying why. */
export const skippedRow = (id: string, workload: string, error: unknown): Row => ({
  id,
  workload,
  measured: null,
  baseline: null,
  ratio: null,
  target: null,
  skipped: `not measured: ${error instanceof Error ? error.message : String(error)}`,
});
