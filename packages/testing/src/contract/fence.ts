import { expect } from 'vitest';
import type { ContractScope } from './contract-scope.js';
import type { SubscriptionProbe } from './subscription-probe.js';

/**
 * Appends the nth event of the test to `streamId` and expects it to be the very next message of
 * every probe. That proves no extra or repeated message was pending before it, without waiting
 * an arbitrary time for "nothing more".
 */
export const expectFence = async (
  scope: ContractScope,
  probes: readonly SubscriptionProbe[],
  streamId: string,
  n: number,
): Promise<void> => {
  await scope.store.append(streamId, [scope.event(n)], { expectedVersion: 'any' });
  const [fence] = await scope.store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
  for (const probe of probes) expect(await probe.next()).toEqual(fence);
};
