import type { RecordedEvent } from '../store/recorded-event.js';

/**
 * A read model as a pure fold over recorded events: no clock, no I/O. `apply` must not change
 * the read model it is given; it returns the next one. A handler throws only for an event it
 * cannot apply, which makes that event a poison event for the runner.
 *
 * @example
 * const eventCount: ProjectionDefinition<number> = { initial: 0, apply: (count) => count + 1 };
 */
export interface ProjectionDefinition<ReadModel> {
  readonly initial: ReadModel;
  /** The read model after one recorded event. */
  readonly apply: (readModel: ReadModel, event: RecordedEvent) => ReadModel;
  /**
   * The same as folding `apply` over `events`, only faster: a definition whose read model is a
   * large map can copy it once per batch instead of once per event.
   */
  readonly applyBatch?: (readModel: ReadModel, events: readonly RecordedEvent[]) => ReadModel;
}
