import { Bench, type Fn, type FnOptions } from 'tinybench';

/** The mean time of one call of a task, from tinybench's samples. */
export interface Timing {
  readonly meanMs: number;
  /** Relative margin of error of the mean, 95% confidence, in percent. */
  readonly rmePercent: number;
  readonly samples: number;
}

export interface TimeOptions {
  /** Time budget of each task, in milliseconds (tinybench runs at least `minIterations` calls). */
  readonly timeMs: number;
  readonly warmupMs: number;
  readonly minIterations?: number;
  /** `cpu` (default) for work done in this process; `wall` where the work waits on a server. */
  readonly clock?: 'cpu' | 'wall';
}

export interface TaskSpec {
  readonly name: string;
  readonly fn: Fn;
  /** Work done before each call, outside the timed window. */
  readonly beforeEach?: FnOptions['beforeEach'];
}

/**
 * Milliseconds of CPU time the process has used (user + system, all threads). Timing by CPU
 * time rather than by the wall clock keeps the figures of one run comparable with another when
 * other work shares the machine: time spent waiting for a core is not counted.
 */
export const cpuMilliseconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs the tasks one after the other in one tinybench `Bench` and returns their timings in order. */
export const timeTasks = async (tasks: readonly TaskSpec[], options: TimeOptions): Promise<Timing[]> => {
  const bench = new Bench({
    time: options.timeMs,
    warmupTime: options.warmupMs,
    iterations: options.minIterations ?? 8,
    warmupIterations: 2,
    throws: true,
    now: options.clock === 'wall' ? () => performance.now() : cpuMilliseconds,
  });
  for (const task of tasks) {
    bench.add(task.name, task.fn, task.beforeEach === undefined ? {} : { beforeEach: task.beforeEach });
  }
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name} did not complete: ${result.state}`);
    return {
      meanMs: result.latency.mean,
      rmePercent: result.latency.rme,
      samples: result.latency.samplesCount,
    };
  });
};

/** Units of work per second, given the units one call does. */
export const perSecond = (timing: Timing, unitsPerCall: number): number =>
  unitsPerCall / (timing.meanMs / 1000);
