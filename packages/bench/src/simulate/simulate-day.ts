import { sqlClaimReadModelNames, sqlClaimReadModels } from '@parcel-claims/projections/sql';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { spawnWorkers } from '../workers/spawn-workers.js';
import { openOwnSchema } from '../workloads/own-schema.js';

/** One simulated day: how many parcels, how many of them claimed, and who writes and projects. */
export interface DayOptions {
  readonly url: string;
  readonly parcelsPerDay: number;
  /** Share of parcels with a claim (the claim workload's full lifecycle); the rest only ship. */
  readonly claimRate: number;
  readonly workers: number;
  readonly writers: number;
  readonly partitions: number;
  /** The schema the day is played in, dropped before and after. */
  readonly schema: string;
}

/** What the day measured, every figure from this run. */
export interface DayReport {
  readonly parcels: number;
  readonly claims: number;
  readonly commands: number;
  readonly events: number;
  readonly eventsPerClaimedParcel: number;
  readonly eventsPerShippedParcel: number;
  /** Wall-clock seconds the writers took to write the whole day, as fast as they could. */
  readonly writeSeconds: number;
  readonly writeEventsPerSecond: number;
  readonly writeCommandsPerSecond: number;
  /** The day's events over 86,400 s: the rate production needs on average. */
  readonly requiredEventsPerSecond: number;
  /** The largest number of events written but not yet projected, seen while writing. */
  readonly maxLagEvents: number;
  /** Seconds from the last append until the workers had projected everything. */
  readonly catchUpSeconds: number;
  /** Events over the seconds from the first append until the workers caught up. */
  readonly projectionEventsPerSecond: number;
  /** The events table with its indexes (and the Merkle tree), over the events. */
  readonly storedBytesPerEvent: number;
  readonly storageBytesPerYear: number;
}

// The first commands of the claim workload are the shipment (booked, insured, picked up, at the
// hub, shipped, handed to the carrier); a parcel without a claim writes only those.
const shipmentCommands = 6;

/**
 * Plays one generated day against PostgreSQL: `writers` concurrent writers append every parcel's
 * commands, one append per command, as fast as they can, while `workers` worker processes keep
 * the five claim read models (`partitionedProjectionWorker`). Samples the projection lag every
 * 100 ms.
 */
export const simulateDay = async (template: ParcelTemplate, options: DayOptions): Promise<DayReport> => {
  const { schema } = options;
  const own = await openOwnSchema(options.url, schema);
  try {
    const { store, executor } = own.opened;
    const models = sqlClaimReadModels({ schema });
    for (const name of sqlClaimReadModelNames) await models[name].createTables(executor);
    const projection = 'claim-read-models';
    const workers = await spawnWorkers({
      url: options.url,
      schema,
      projection,
      count: options.workers,
      partitions: options.partitions,
    });
    const claimEvery = options.claimRate > 0 ? 1 / options.claimRate : Number.POSITIVE_INFINITY;
    const isClaimed = (parcel: number) =>
      Math.floor((parcel + 1) / claimEvery) > Math.floor(parcel / claimEvery);
    let claims = 0;
    let commands = 0;
    let events = 0;
    let shippedEvents = 0;
    let claimedEvents = 0;
    const lagNow = async (): Promise<number> => {
      const { rows } = await executor.query(
        `SELECT count(*)::integer AS lag FROM ${schema}.events
          WHERE position > (SELECT coalesce(min(position), 0) FROM ${schema}.projection_partitions WHERE projection = $1::text)`,
        [projection],
      );
      return Number(rows[0]?.lag ?? 0);
    };
    try {
      workers.go();
      let next = 0;
      let writing = true;
      let maxLag = 0;
      const sampling = (async () => {
        while (writing) {
          maxLag = Math.max(maxLag, await lagNow());
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const started = performance.now();
      await Promise.all(
        Array.from({ length: options.writers }, async () => {
          while (next < options.parcelsPerDay) {
            const parcel = next;
            next += 1;
            const claimed = isClaimed(parcel);
            const { streamId, batches } = template.appendsFor(parcel);
            const written = claimed ? batches : batches.slice(0, shipmentCommands);
            let revision: bigint | 'no_stream' = 'no_stream';
            let parcelEvents = 0;
            for (const batch of written) {
              const result = await store.append(streamId, batch, { expectedVersion: revision });
              revision = result.nextExpectedRevision;
              parcelEvents += batch.length;
            }
            commands += written.length;
            events += parcelEvents;
            if (claimed) {
              claims += 1;
              claimedEvents = parcelEvents;
            } else shippedEvents = parcelEvents;
          }
        }),
      );
      const written = performance.now();
      writing = false;
      await sampling;
      while ((await lagNow()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      const caughtUp = performance.now();
      const { rows } = await executor.query(
        `SELECT (pg_total_relation_size('${schema}.events') + pg_total_relation_size('${schema}.merkle_nodes'))::bigint::text AS bytes`,
      );
      const bytes = Number(rows[0]?.bytes ?? 0);
      const writeSeconds = (written - started) / 1000;
      const perEvent = events === 0 ? 0 : bytes / events;
      return {
        parcels: options.parcelsPerDay,
        claims,
        commands,
        events,
        eventsPerClaimedParcel: claimedEvents,
        eventsPerShippedParcel: shippedEvents,
        writeSeconds,
        writeEventsPerSecond: events / writeSeconds,
        writeCommandsPerSecond: commands / writeSeconds,
        requiredEventsPerSecond: events / 86_400,
        maxLagEvents: maxLag,
        catchUpSeconds: (caughtUp - written) / 1000,
        projectionEventsPerSecond: events / ((caughtUp - started) / 1000),
        storedBytesPerEvent: perEvent,
        storageBytesPerYear: perEvent * events * 365,
      };
    } finally {
      await workers.stop();
    }
  } finally {
    await own.close();
  }
};
