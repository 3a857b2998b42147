import type { EventToAppend } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { isNonEmpty } from 'fp-ts/lib/ReadonlyArray.js';
import { claimWorkload } from '../fixtures/claim-workload.js';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { atLeast, figure, type Row, skippedRow } from '../report/row.js';
import { type OwnSchemaStore, openOwnSchema } from './own-schema.js';

export interface PostgresThroughputOptions {
  readonly url: string;
  /** Names the store in the rows' ids and text, e.g. `postgres` and "PostgreSQL server". */
  readonly id: string;
  readonly label: string;
  /** Whether the targets apply (the server) or the figures are only reported (PGlite). */
  readonly targets: boolean;
  /** Concurrent writers of the append workloads. */
  readonly writers: number;
  /** Wall-clock milliseconds each append workload runs for. */
  readonly durationMs: number;
  /** First parcel number to use, so no stream collides with other workloads. */
  readonly firstParcel: number;
}

// A schema of its own, dropped before and after.
const schema = 'parcel_claims_bench_throughput';

/** Runs `writers` loops of `work` until `durationMs` of wall clock have passed; the units done per second. */
export const concurrently = async (
  writers: number,
  durationMs: number,
  work: () => Promise<number>,
): Promise<number> => {
  const started = performance.now();
  const until = started + durationMs;
  let done = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (performance.now() < until) {
        // Not `done += await work()`, which would add to the value `done` had before the wait.
        const units = await work();
        done += units;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
};

/**
 * Throughput of the PostgreSQL store (on the server, or on PGlite) under concurrent writers,
 * timed by the wall clock:
 * commands through the claims service (each writer one parcel after another) and batched appends
 * (each append one parcel's whole workload).
 */
export const postgresThroughputRows = async (
  template: ParcelTemplate,
  options: PostgresThroughputOptions,
): Promise<Row[]> => {
  let own: OwnSchemaStore;
  try {
    own = await openOwnSchema(options.url, schema);
  } catch (error) {
    return [skippedRow(`${options.id}-throughput`, `${options.label}: appends`, error)];
  }
  try {
    const { store } = own.opened;
    let parcel = options.firstParcel;
    const nextParcel = () => {
      parcel += 1;
      return parcel - 1;
    };
    const service = createClaimsService({ store });
    const commandRate = await concurrently(options.writers, options.durationMs, async () => {
      const commands = claimWorkload(nextParcel());
      for (const command of commands) {
        const result = await service.execute(command);
        if (result.kind !== 'accepted') throw new Error(`${command.type} was not accepted: ${result.kind}`);
      }
      return commands.length;
    });
    const batchRate = await concurrently(options.writers, options.durationMs, async () => {
      const { streamId, batches } = template.appendsFor(nextParcel());
      const events: EventToAppend[] = batches.flat();
      if (!isNonEmpty(events)) return 0;
      await store.append(streamId, events, { expectedVersion: 'no_stream' });
      return events.length;
    });

    const writers = `${options.writers} concurrent writers`;
    const reported = { text: 'reported (wall clock)', met: null };
    return [
      {
        id: `${options.id}-append-commands`,
        workload: `Commands through the claims service on ${options.label}, ${writers}`,
        measured: figure(commandRate, 'commands/s'),
        baseline: null,
        ratio: null,
        target: options.targets ? atLeast('≥ 3,000 commands/s (wall clock)', commandRate, 3_000) : reported,
      },
      {
        id: `${options.id}-append-batched`,
        workload: `Batched EventStore.append on ${options.label} (${template.eventsPerParcel} events per append), ${writers}`,
        measured: figure(batchRate, 'events/s'),
        baseline: null,
        ratio: null,
        target: options.targets ? atLeast('≥ 20,000 events/s (wall clock)', batchRate, 20_000) : reported,
      },
    ];
  } finally {
    await own.close();
  }
};
