import type { EventToAppend } from '@parcel-claims/eventsourcing';
import {
  migrate,
  migrations,
  type PgExecutor,
  type PostgresEventStore,
  pgExecutor,
  postgresEventStore,
} from '@parcel-claims/postgres';
import { isNonEmpty } from 'fp-ts/lib/ReadonlyArray.js';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { median } from '../measure/compare-paired.js';
import { figure, type Row, skippedRow } from '../report/row.js';
import { concurrently } from './postgres-throughput.js';

/** Where and how long to measure what the Merkle tree costs PostgreSQL appends. */
export interface PostgresTreeCostOptions {
  readonly url: string;
  /** Concurrent writers on each store. */
  readonly writers: number;
  /** Wall-clock milliseconds of each side of each round. */
  readonly durationMs: number;
  /** Alternating rounds; the ratio is the median of theirs. */
  readonly rounds: number;
  /** First parcel number to use, so no stream collides with other workloads. */
  readonly firstParcel: number;
}

// Two schemas of their own, dropped before and after: one at every migration, so its appends grow
// the Merkle tree, and one at the migrations before the tree's (6), whose append_batches does not.
const withTree = 'parcel_claims_bench_tree';
const withoutTree = 'parcel_claims_bench_no_tree';
const treeVersion = 6;

const dropBoth = async (executor: PgExecutor): Promise<void> => {
  for (const schema of [withTree, withoutTree])
    await executor.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
};

/**
 * What keeping the Merkle tree costs batched appends on the PostgreSQL server: `writers`
 * concurrent loops each appending one fresh parcel's events in one `EventStore.append`, on a
 * store whose schema grows the tree and on one whose schema stops before the tree's migration,
 * alternately for `rounds` rounds (each pool the size of the writers). The ratio is the median
 * of the rounds' (with the tree / without it).
 */
export const postgresTreeCostRows = async (
  template: ParcelTemplate,
  options: PostgresTreeCostOptions,
): Promise<Row[]> => {
  const id = 'postgres-append-tree';
  const workload = `Batched EventStore.append on PostgreSQL server (${template.eventsPerParcel} events per append), ${options.writers} concurrent writers, with the Merkle tree kept`;
  const executor = pgExecutor({ connectionString: options.url, max: options.writers + 2 });
  try {
    await dropBoth(executor);
    await migrate(executor, { schema: withTree });
    await migrate(executor, {
      schema: withoutTree,
      migrations: migrations.filter((step) => step.version < treeVersion),
    });
  } catch (error) {
    await executor.close().catch(() => undefined);
    return [skippedRow(id, workload, error)];
  }
  try {
    let parcel = options.firstParcel;
    const appendRate = (store: PostgresEventStore) =>
      concurrently(options.writers, options.durationMs, async () => {
        const { streamId, batches } = template.appendsFor(parcel);
        parcel += 1;
        const events: EventToAppend[] = batches.flat();
        if (!isNonEmpty(events)) return 0;
        await store.append(streamId, events, { expectedVersion: 'no_stream' });
        return events.length;
      });
    const tree = postgresEventStore({ executor, schema: withTree });
    const bare = postgresEventStore({ executor, schema: withoutTree });
    const treeRates: number[] = [];
    const bareRates: number[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      if (round % 2 === 0) {
        treeRates.push(await appendRate(tree));
        bareRates.push(await appendRate(bare));
      } else {
        bareRates.push(await appendRate(bare));
        treeRates.push(await appendRate(tree));
      }
    }
    const ratios = treeRates.map((rate, round) => rate / (bareRates[round] ?? Number.NaN));
    const ratio = median(ratios);
    return [
      {
        id,
        workload,
        measured: figure(median(treeRates), 'events/s'),
        baseline: {
          name: `the same appends to a schema without the tree (migrations before ${treeVersion})`,
          ...figure(median(bareRates), 'events/s'),
        },
        ratio: figure(ratio, '×'),
        target: { text: '≥ 0.8× without the tree (wall clock)', met: ratio >= 0.8 },
        details: {
          lowestRoundRatio: figure(Math.min(...ratios), '×'),
          highestRoundRatio: figure(Math.max(...ratios), '×'),
        },
      },
    ];
  } finally {
    await dropBoth(executor);
    await executor.close();
  }
};
