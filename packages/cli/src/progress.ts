import { escapeForDisplay } from '@parcel-claims/audit';
import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

/** Progress of a long run, shown as a bar with rate and ETA on a terminal, and as nothing elsewhere. */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  /** Stops the bar; returns the mean rate per second up to the last update. */
  readonly stop: () => number;
}

/**
 * A progress bar on standard error: `verify ████░░ 42% | 4200/10000 events | 3120/s | ETA 2s`.
 * Drawn only when standard error is a terminal; the rate is measured with `io.now`.
 */
export const progressBar = (io: CliIo, label: string, unit: string): Progress => {
  const startedAt = io.now();
  let latestRate = 0;
  const rate = (done: number): number => {
    const seconds = (io.now() - startedAt) / 1000;
    latestRate = seconds > 0 ? done / seconds : 0;
    return latestRate;
  };
  const stream = io.stderr.stream;
  const bar =
    stream === undefined || !io.stderr.isTTY
      ? null
      : new cliProgress.SingleBar(
          {
            stream,
            format: `${escapeForDisplay(label)} {bar} {percentage}% | {value}/{total} ${escapeForDisplay(unit)} | {rate}/s | ETA {eta_formatted}`,
            hideCursor: true,
            clearOnComplete: false,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
  let started = false;
  return {
    update: (done, total) => {
      const payload = { rate: Math.round(rate(done)) };
      if (bar === null) return;
      if (!started) {
        bar.start(total, done, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, payload);
      }
    },
    stop: () => {
      if (bar !== null && started) bar.stop();
      return latestRate;
    },
  };
};
