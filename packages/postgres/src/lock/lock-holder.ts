import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { bootId, processStart } from './process-facts.js';

/**
 * Who holds a lock file: what it says about the process that wrote it. `start` and `boot` let a
 * reader tell a live holder from a dead one whose pid was given to another process; `nonce` makes
 * every lock file different from every other, so a file can be named by its content.
 */
export interface LockHolder {
  readonly pid: number;
  /** When the process started, in clock ticks after boot (`/proc/<pid>/stat`); null where unknown. */
  readonly start: string | null;
  /** The kernel's id of the boot the process ran in; null where unknown. */
  readonly boot: string | null;
  readonly host: string;
  readonly nonce: string;
}

/** This process, as a new lock file of its own describes it. */
export const thisProcess = (): LockHolder => ({
  pid: process.pid,
  start: processStart(process.pid)?.start ?? null,
  boot: bootId(),
  host: hostname(),
  nonce: randomBytes(8).toString('hex'),
});

/** The text of a lock file. */
export const lockText = (holder: LockHolder): string => `${JSON.stringify(holder)}\n`;

const nullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

/** The holder a lock file names, or undefined for text no lock ever held (damaged, foreign). */
export const parseLockText = (text: string): LockHolder | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const fields: Readonly<Record<string, unknown>> = Object.fromEntries(Object.entries(value));
  const { pid, start, boot, host, nonce } = fields;
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined;
  if (!nullableString(start) || !nullableString(boot)) return undefined;
  if (typeof host !== 'string' || typeof nonce !== 'string') return undefined;
  return { pid, start, boot, host, nonce };
};
