import type { ReadAllOptions, RecordedEvent } from '@parcel-claims/eventsourcing';
import { collectBatches } from './collect-batches.js';
import type { ContractScope } from './contract-scope.js';

/**
 * This test's part of the global log, in global order: `readAll` without the events of other
 * tests, which a shared store also holds.
 */
export const ownLog = async (
  scope: ContractScope,
  options: ReadAllOptions = {},
): Promise<readonly RecordedEvent[]> =>
  (await collectBatches(scope.store.readAll(options)))
    .flat()
    .filter((event) => event.streamId.startsWith(scope.prefix));
