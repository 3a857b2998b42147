import { projectionRunner } from '@parcel-claims/eventsourcing';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { claimReadModelsLog } from '../fixtures/claim-read-models-log.js';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { atLeast, figure, type Row, skippedRow } from '../report/row.js';
import { type OwnSchemaStore, openOwnSchema } from './own-schema.js';

export interface PostgresRebuildOptions {
  readonly url: string;
  /** Events in the log rebuilt from (rounded up to whole parcels). */
  readonly events: number;
  /** First parcel number to use, so no stream collides with other workloads. */
  readonly firstParcel: number;
}

// A schema of its own, dropped before and after.
const schema = 'parcel_claims_bench_rebuild';
// The runner's default batch (what `parcel-claims rebuild` and a live runner use), and the smaller
// one that was its default before, reported for comparison.
const defaultBatchSize = 1_024;
const smallBatchSize = 256;

/**
 * A rebuild of all five claim read models in PostgreSQL from a log in the same database, timed by
 * the wall clock: one runner over one `sqlClaimReadModelsSink` holding the five (each batch
 * written to all five and their checkpoints in one transaction), at the runner's default batch
 * size and at the smaller one it had before. The rate counts the log's events once: events per second until all
 * five read models hold the whole log. The log is the claim workload's events for fresh parcels
 * (whole parcels appended at once, not timed); `readAll` of the same log is the baseline.
 */
export const postgresRebuildRows = async (
  template: ParcelTemplate,
  options: PostgresRebuildOptions,
): Promise<Row[]> => {
  let own: OwnSchemaStore;
  try {
    own = await openOwnSchema(options.url, schema);
  } catch (error) {
    return [skippedRow('postgres-rebuild', 'PostgreSQL → PostgreSQL rebuild of the five read models', error)];
  }
  try {
    const { store } = own.opened;
    const { sink } = await claimReadModelsLog(own, template, { schema, ...options });

    let stored = 0;
    const readStarted = performance.now();
    for await (const batch of store.readAll({ batchSize: defaultBatchSize })) stored += batch.length;
    const readRate = stored / ((performance.now() - readStarted) / 1000);

    const rebuildAt = async (batchSize: number): Promise<Row> => {
      const runner = projectionRunner({
        store,
        sink,
        name: 'claim-read-models',
        batchSize,
        filter: { streamPrefix: parcelStreamPrefix },
      });
      const started = performance.now();
      const { handled } = await runner.rebuild();
      const rate = handled / ((performance.now() - started) / 1000);
      return {
        id: `postgres-rebuild-${batchSize}`,
        workload: `Projection rebuild PostgreSQL → PostgreSQL: all five read models, one runner and one sink (sqlClaimReadModelsSink), batches of ${batchSize.toLocaleString('en-US')}, from ${handled.toLocaleString('en-US')} events`,
        measured: figure(rate, 'events/s'),
        baseline: { name: 'readAll alone', ...figure(readRate, 'events/s') },
        ratio: figure(rate / readRate, '×'),
        target:
          batchSize === defaultBatchSize
            ? atLeast('≥ 20,000 events/s (wall clock)', rate, 20_000)
            : { text: 'reported (wall clock)', met: null },
      };
    };
    return [await rebuildAt(defaultBatchSize), await rebuildAt(smallBatchSize)];
  } finally {
    await own.close();
  }
};
