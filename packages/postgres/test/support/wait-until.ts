import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves once `condition` holds, checking again every few milliseconds. A way to wait for a
 * state of the database (a lock being waited for), not a timing assertion: the test's own time
 * limit is what ends a wait that never comes true.
 */
export const waitUntil = async (condition: () => Promise<boolean>): Promise<void> => {
  while (!(await condition())) await sleep(5);
};
