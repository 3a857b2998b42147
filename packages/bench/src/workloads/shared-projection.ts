import { projectionRunner } from '@parcel-claims/eventsourcing';
import { sqlClaimReadModelNames } from '@parcel-claims/projections/sql';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { claimReadModelsLog } from '../fixtures/claim-read-models-log.js';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { figure, type Row, skippedRow } from '../report/row.js';
import { spawnWorkers } from '../workers/spawn-workers.js';
import { type OwnSchemaStore, openOwnSchema } from './own-schema.js';

export interface SharedProjectionOptions {
  readonly url: string;
  /** Events in the log the workers project (rounded up to whole parcels). */
  readonly events: number;
  readonly firstParcel: number;
  /** Worker counts measured; the first is the baseline. */
  readonly workerCounts: readonly number[];
  readonly partitions: number;
}

const schema = 'parcel_claims_bench_workers';

/**
 * The five claim read models kept by 1, 2, … worker processes sharing one projection
 * (`partitionedProjectionWorker`), each with its own connections, over a log in the same
 * database, timed by the wall clock from the moment all are told to start until the projection's
 * lag is 0. Each count projects the whole log into emptied read models under a projection of its
 * own; the rate counts the log's events once. The first count is the baseline of the ratios.
 */
export const sharedProjectionRows = async (
  template: ParcelTemplate,
  options: SharedProjectionOptions,
): Promise<Row[]> => {
  let own: OwnSchemaStore;
  try {
    own = await openOwnSchema(options.url, schema);
  } catch (error) {
    return [skippedRow('shared-projection', 'Projection workers sharing the five read models', error)];
  }
  try {
    const { store, executor } = own.opened;
    const { models, sink, events: total } = await claimReadModelsLog(own, template, { schema, ...options });

    const rateWith = async (count: number): Promise<number> => {
      for (const name of sqlClaimReadModelNames) await executor.transaction((tx) => models[name].reset(tx));
      const projection = `claim-read-models-${count}`;
      const workers = await spawnWorkers({
        url: options.url,
        schema,
        projection,
        count,
        partitions: options.partitions,
      });
      try {
        const started = performance.now();
        workers.go();
        // Caught up when every partition's checkpoint has passed the log's last event: a cheap
        // query, so that polling it does not take the cores the workers need.
        for (;;) {
          const { rows } = await executor.query(
            `SELECT count(*)::integer AS partitions,
                    coalesce(bool_and(position >= (SELECT max(position) FROM ${schema}.events)), false) AS done
               FROM ${schema}.projection_partitions WHERE projection = $1::text`,
            [projection],
          );
          if (Number(rows[0]?.partitions ?? 0) === options.partitions && rows[0]?.done === true) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return total / ((performance.now() - started) / 1000);
      } finally {
        await workers.stop();
      }
    };

    // The same read models rebuilt by one runner in this process (what `pnpm bench` times as the
    // rebuild row): what the workers' processes, leases and partition checkpoints cost, same run.
    const runnerRate = async (): Promise<number> => {
      const runner = projectionRunner({
        store,
        sink,
        name: 'one-runner',
        filter: { streamPrefix: parcelStreamPrefix },
      });
      const started = performance.now();
      const { handled } = await runner.rebuild();
      return handled / ((performance.now() - started) / 1000);
    };

    const rates: { readonly count: number; readonly rate: number }[] = [];
    for (const count of options.workerCounts) rates.push({ count, rate: await rateWith(count) });
    const oneRunner = await runnerRate();
    const [baseline] = rates;
    if (baseline === undefined) return [];
    const events = total.toLocaleString('en-US');
    const runnerRow: Row = {
      id: 'shared-projection-runner',
      workload: `The same five read models rebuilt by one runner in the bench process (sqlClaimReadModelsSink), from ${events} events, same run`,
      measured: figure(oneRunner, 'events/s'),
      baseline: { name: `${baseline.count} worker`, ...figure(baseline.rate, 'events/s') },
      ratio: figure(oneRunner / baseline.rate, '×'),
      target: { text: 'reported (wall clock)', met: null },
    };
    return [
      ...rates.map(
        ({ count, rate }): Row => ({
          id: `shared-projection-${count}`,
          workload: `Projection workers sharing the five read models on PostgreSQL: ${count} worker process${count === 1 ? '' : 'es'}, ${options.partitions} partitions, from ${events} events`,
          measured: figure(rate, 'events/s'),
          baseline: { name: `${baseline.count} worker`, ...figure(baseline.rate, 'events/s') },
          ratio: figure(rate / baseline.rate, '×'),
          target: { text: 'reported (wall clock; 2 cores shared with the server)', met: null },
        }),
      ),
      runnerRow,
    ];
  } finally {
    await own.close();
  }
};
