import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Worker processes of one shared projection, connected and waiting for `go`. */
export interface WorkerProcesses {
  /** Tells every worker to start, at once. */
  readonly go: () => void;
  /** Ends every worker's input and waits until all have stopped and exited. */
  readonly stop: () => Promise<void>;
}

const script = fileURLToPath(new URL('./claim-worker-process.js', import.meta.url));

const readyLine = (child: ChildProcess): Promise<void> =>
  new Promise((resolve, reject) => {
    if (child.stdout === null) return reject(new Error('a worker without standard output'));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (text) => {
      if (text.includes('"ready"')) resolve();
      if (text.includes('"failed"')) process.stderr.write(`bench worker: ${text}\n`);
    });
    child.once('exit', (code) => reject(new Error(`a worker exited (${code}) before it was ready`)));
  });

/** Starts `count` workers of `projection` on the read models in `schema`, and waits until all are connected. */
export const spawnWorkers = async (options: {
  readonly url: string;
  readonly schema: string;
  readonly projection: string;
  readonly count: number;
  readonly partitions: number;
}): Promise<WorkerProcesses> => {
  const children = Array.from({ length: options.count }, (_, n) =>
    spawn(
      process.execPath,
      [
        script,
        options.url,
        options.schema,
        options.projection,
        `worker-${n + 1}`,
        String(options.partitions),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    ),
  );
  try {
    await Promise.all(children.map(readyLine));
  } catch (error) {
    for (const child of children) child.kill('SIGKILL');
    throw error;
  }
  return {
    go: () => {
      for (const child of children) child.stdin?.write('go\n');
    },
    stop: async () => {
      await Promise.all(
        children.map(async (child) => {
          if (child.exitCode !== null) return;
          const exited = once(child, 'exit');
          child.stdin?.end();
          await exited;
        }),
      );
    },
  };
};
