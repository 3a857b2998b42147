import { type Instant, instantFromMillis } from '@parcel-claims/core';
import { type EventStore, memoryProjectionSink, projectionRunner } from '@parcel-claims/eventsourcing';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { type ClaimReadModel, claimProjection } from '../../src/index.js';

/** The read model of everything in the store, built by a runner over a memory sink. */
export const project = async <ReadModel>(
  store: EventStore,
  model: ClaimReadModel<ReadModel>,
): Promise<ReadModel> => {
  const sink = memoryProjectionSink(claimProjection(model));
  await projectionRunner({
    store,
    sink,
    name: 'under-test',
    filter: { streamPrefix: parcelStreamPrefix },
  }).catchUp();
  return sink.readModel();
};

/** An instant from an ISO string written in a test. */
export const instant = (iso: string): Instant => instantFromMillis(Date.parse(iso));
