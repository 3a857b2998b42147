import { hostname } from 'node:os';
import type { LockHolder } from './lock-holder.js';
import { bootId, processStart } from './process-facts.js';

const processExists = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists and belongs to another user.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
};

/**
 * Whether the process a lock file names may still run. A holder on another host cannot be
 * checked and counts as alive; on this host it is dead when the machine has rebooted since, when
 * no process has its pid, when that process is a zombie, or when the process with its pid started
 * at another time (the pid was reused).
 */
export const holderAlive = (holder: LockHolder): boolean => {
  if (holder.host !== hostname()) return true;
  const boot = bootId();
  if (holder.boot !== null && boot !== null && holder.boot !== boot) return false;
  if (!processExists(holder.pid)) return false;
  const running = processStart(holder.pid);
  if (running === undefined) return true;
  if (running.zombie) return false;
  return holder.start === null || holder.start === running.start;
};
