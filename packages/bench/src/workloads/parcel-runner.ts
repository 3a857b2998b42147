import { type CommandJson, claimWorkload } from '../fixtures/claim-workload.js';
import type { TaskSpec } from '../measure/time-tasks.js';

/** Runs one command to completion; rejects when the command is not accepted. */
export type Execute = (command: CommandJson) => Promise<void>;

/**
 * A benchmark task whose every call runs the whole claim workload of a fresh parcel, command
 * after command. The commands are built before each call, outside the timed window.
 */
export const parcelTask = (name: string, execute: Execute, nextParcel: () => number): TaskSpec => {
  let commands: readonly CommandJson[] = [];
  return {
    name,
    beforeEach: () => {
      commands = claimWorkload(nextParcel());
    },
    fn: async () => {
      for (const command of commands) await execute(command);
    },
  };
};

/** Commands in one parcel's workload. */
export const commandsPerParcel = claimWorkload(0).length;
