import type { TimeOptions } from './measure/time-tasks.js';

/** How much of everything a run does. */
export interface Plan {
  readonly historiesPerPath: number;
  readonly seed: number;
  /** Alternating rounds for the paired (ratio) workloads. */
  readonly rounds: number;
  readonly time: TimeOptions;
  readonly commandSizes: readonly number[];
  readonly emmettSize: number;
  readonly commandTime: TimeOptions;
  /** Events pre-filled in the stores behind a database or server before they are measured. */
  readonly servedEvents: number;
  /** Concurrent writers and wall-clock milliseconds of each PostgreSQL throughput workload. */
  readonly postgresWriters: number;
  readonly postgresMs: number;
  /** Events in the log the five read models are rebuilt from on PostgreSQL (and shared by workers). */
  readonly rebuildEvents: number;
  /** How many projection worker processes share the read models, in turn; the first is the baseline. */
  readonly workerCounts: readonly number[];
  /** Event hashes the Merkle tree is built over, and the timing of one build against bare SHA-256. */
  readonly merkleLeaves: number;
  readonly merkleTime: TimeOptions;
  readonly writeResults: boolean;
}

/** The full run: about four minutes on two cores, most of it filling the store to a million events. */
export const fullPlan: Plan = {
  historiesPerPath: 60,
  seed: 20260105,
  rounds: 5,
  time: { timeMs: 600, warmupMs: 200, minIterations: 5 },
  commandSizes: [10_000, 100_000, 1_000_000],
  emmettSize: 240_000,
  commandTime: { timeMs: 1500, warmupMs: 300, minIterations: 5 },
  servedEvents: 1_500,
  postgresWriters: 8,
  postgresMs: 8_000,
  rebuildEvents: 24_000,
  workerCounts: [1, 2, 4],
  merkleLeaves: 1_000_000,
  merkleTime: { timeMs: 0, warmupMs: 0, minIterations: 2 },
  writeResults: true,
};

/** A smoke run of every workload at small sizes (`--quick`); it writes no results. */
export const quickPlan: Plan = {
  historiesPerPath: 8,
  seed: 20260105,
  rounds: 3,
  time: { timeMs: 150, warmupMs: 50, minIterations: 3 },
  commandSizes: [2_000, 10_000],
  emmettSize: 5_000,
  commandTime: { timeMs: 200, warmupMs: 50, minIterations: 3 },
  servedEvents: 300,
  postgresWriters: 8,
  postgresMs: 1_000,
  rebuildEvents: 3_000,
  workerCounts: [1, 2, 4],
  merkleLeaves: 20_000,
  merkleTime: { timeMs: 100, warmupMs: 20, minIterations: 2 },
  writeResults: false,
};
