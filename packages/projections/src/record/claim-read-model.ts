import type { ClaimEventRecord } from './claim-event-record.js';

/**
 * A claim read model as a pure fold over decoded claim events: no clock, no I/O. `applyAll`
 * folds a batch and returns the next read model without changing the one it was given, so a
 * batch that fails leaves the read model as it was.
 */
export interface ClaimReadModel<ReadModel> {
  readonly initial: ReadModel;
  /** The read model after a batch of claim event records, in order. */
  readonly applyAll: (readModel: ReadModel, records: readonly ClaimEventRecord[]) => ReadModel;
}
