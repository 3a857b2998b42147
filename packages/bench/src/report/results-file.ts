import { writeFile } from 'node:fs/promises';
import type { SizeDistribution } from '../fixtures/size-distribution.js';
import type { Machine } from '../machine.js';
import type { Row } from './row.js';

export interface Results {
  readonly machine: Machine;
  /** The event sizes the workloads ran on, in UTF-8 bytes of JSON. */
  readonly eventSizes: Readonly<Record<string, SizeDistribution>>;
  readonly durationSeconds: number;
  readonly rows: readonly Row[];
}

export const writeResults = async (path: URL, results: Results): Promise<void> => {
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
};
