import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { createClaimsService } from '@parcel-claims/service';
import pg from 'pg';
import { claimWorkload } from '../fixtures/claim-workload.js';
import { median } from '../measure/compare-paired.js';
import { atLeast, figure, type Row, skippedRow } from '../report/row.js';
import { emmettExecute } from './emmett-claims.js';
import { openOwnSchema } from './own-schema.js';
import type { Execute } from './parcel-runner.js';
import { concurrently } from './postgres-throughput.js';
import { openRawFloor } from './raw-pg-floor.js';

export interface PostgresPeersOptions {
  readonly url: string;
  readonly writers: number;
  /** Wall-clock milliseconds each contender runs for in each round. */
  readonly durationMs: number;
  readonly rounds: number;
  readonly firstParcel: number;
}

// Schemas of their own, dropped before and after.
const ownSchema = 'parcel_claims_bench_peers';
const emmettSchema = 'parcel_claims_bench_emmett';
const floorSchema = 'parcel_claims_bench_floor';

/** The url with every connection's search path set to `schema`, where Emmett creates its tables. */
const inSchema = (url: string, schema: string): string => {
  const withOptions = new URL(url);
  withOptions.searchParams.set('options', `-c search_path=${schema}`);
  return withOptions.toString();
};

interface Contender {
  readonly execute: Execute;
  readonly close: () => Promise<void>;
}

const emmettContender = async (url: string): Promise<Contender> => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const dropSchema = () => admin.query(`DROP SCHEMA IF EXISTS ${emmettSchema} CASCADE`);
  await dropSchema();
  await admin.query(`CREATE SCHEMA ${emmettSchema}`);
  const store = getPostgreSQLEventStore(inSchema(url, emmettSchema));
  return {
    execute: emmettExecute(store),
    close: async () => {
      await store.close();
      await dropSchema();
      await admin.end();
    },
  };
};

/**
 * Commands through the claims service on the PostgreSQL server against Emmett's PostgreSQL
 * event store (same claims decider, same server) and against the raw `pg` floor (read, decide,
 * insert in one transaction), `writers` concurrent writers each, each contender in its own schema.
 * The contenders take turns for `rounds` rounds, the order rotating each round, so load from
 * outside moves each round's ratios, not their median; the rows give the median and the range.
 */
export const postgresPeersRows = async (options: PostgresPeersOptions): Promise<Row[]> => {
  const contenders: { name: string; contender: Contender }[] = [];
  try {
    const own = await openOwnSchema(options.url, ownSchema);
    const service = createClaimsService({ store: own.opened.store });
    contenders.push({
      name: 'claims service',
      contender: {
        execute: async (command) => {
          const result = await service.execute(command);
          if (result.kind !== 'accepted') throw new Error(`${command.type} was not accepted: ${result.kind}`);
        },
        close: own.close,
      },
    });
    contenders.push({ name: 'emmett', contender: await emmettContender(options.url) });
    contenders.push({
      name: 'floor',
      contender: await openRawFloor(options.url, floorSchema, options.writers),
    });
  } catch (error) {
    await Promise.all(contenders.map(({ contender }) => contender.close()));
    return [skippedRow('postgres-peers', 'PostgreSQL peers', error)];
  }
  try {
    let parcel = options.firstParcel;
    const rates = new Map<string, number[]>(contenders.map(({ name }) => [name, []]));
    for (let round = 0; round < options.rounds; round += 1) {
      const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
      for (const entry of order) {
        if (entry === undefined) continue;
        const rate = await concurrently(options.writers, options.durationMs, async () => {
          parcel += 1;
          const commands = claimWorkload(parcel);
          for (const command of commands) await entry.contender.execute(command);
          return commands.length;
        });
        rates.get(entry.name)?.push(rate);
      }
    }
    const ours = rates.get('claims service') ?? [];
    const rowFor = (id: string, name: string, baselineName: string, target: number): Row => {
      const theirs = rates.get(name) ?? [];
      const ratios = ours.map((rate, round) => rate / (theirs[round] ?? Number.NaN));
      const ratio = median(ratios);
      return {
        id,
        workload: `Commands through the claims service on PostgreSQL vs ${baselineName}, ${options.writers} concurrent writers each, ${options.rounds} rounds`,
        measured: figure(median(ours), 'commands/s'),
        baseline: { name: baselineName, ...figure(median(theirs), 'commands/s') },
        ratio: figure(ratio, '×'),
        target: atLeast(`≥ ${target}× ${baselineName}`, ratio, target),
        details: {
          lowestRoundRatio: figure(Math.min(...ratios), '×'),
          highestRoundRatio: figure(Math.max(...ratios), '×'),
          roundMs: figure(options.durationMs, 'ms per contender'),
        },
      };
    };
    return [
      rowFor('postgres-emmett', 'emmett', 'Emmett 0.42.0 PostgreSQL event store', 3),
      rowFor('postgres-floor', 'floor', 'raw pg floor (read, then insert in one transaction)', 1),
    ];
  } finally {
    for (const { contender } of contenders) await contender.close();
  }
};
