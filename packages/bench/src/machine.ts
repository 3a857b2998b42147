import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** Where and when a run was made: the figures mean little without it. */
export interface Machine {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly commit: string;
  readonly date: string;
  /**
   * One-minute load average when the run started. Other work on the machine slows every
   * figure; the paired ratios and the CPU-time clock are what keep the figures usable then.
   */
  readonly loadAverage: number;
}

const shortCommit = (): string => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

export const describeMachine = (): Machine => {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    cpuCount: cores.length,
    totalMemoryBytes: totalmem(),
    node: process.version,
    commit: shortCommit(),
    date: new Date().toISOString(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
};
