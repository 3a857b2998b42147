import { readFileSync } from 'node:fs';

// Linux tells, through /proc, when a process started and whether it is a zombie; elsewhere these
// read as unknown and a holder's liveness rests on its pid alone.

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** What /proc says of a running process: its start time (ticks after boot) and whether it is a zombie. */
export interface ProcessStart {
  readonly start: string;
  readonly zombie: boolean;
}

/** The start of process `pid`, or undefined where /proc does not tell (no such process, not Linux). */
export const processStart = (pid: number): ProcessStart | undefined => {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields from 3 on: the state is field 3, the start time field 22.
  const state = fields[0];
  const start = fields[19];
  if (state === undefined || start === undefined || !/^\d+$/.test(start)) return undefined;
  return { start, zombie: state === 'Z' || state === 'X' };
};

/** The id of the running boot, or null where the system does not tell. */
export const bootId = (): string | null => readText('/proc/sys/kernel/random/boot_id')?.trim() || null;
