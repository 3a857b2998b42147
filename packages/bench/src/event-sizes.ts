import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import type { ParcelTemplate } from './fixtures/parcel-template.js';
import { type SizeDistribution, sizeDistribution } from './fixtures/size-distribution.js';
import type { StoredHistory } from './fixtures/stored-histories.js';

const recordedJson = (event: RecordedEvent): string =>
  JSON.stringify({ ...event, revision: event.revision.toString(), position: event.position.toString() });

/** The sizes of the events the workloads ran on: data alone, and whole recorded events. */
export const eventSizes = (
  histories: readonly StoredHistory[],
  template: ParcelTemplate,
): Record<string, SizeDistribution> => ({
  'replay, fold, verify: data': sizeDistribution(histories.flatMap((h) => h.dataJson)),
  'replay, fold, verify: recorded event with metadata': sizeDistribution(
    histories.flatMap((h) => h.recorded.map(recordedJson)),
  ),
  'command workload: data': sizeDistribution(
    template
      .appendsFor(1)
      .batches.flat()
      .map((event) => JSON.stringify(event.data)),
  ),
});
