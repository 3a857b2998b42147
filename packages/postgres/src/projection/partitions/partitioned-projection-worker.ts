import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import { schemaNames } from '../../schema/schema-names.js';
import type { SqlExecutor } from '../../sql-executor.js';
import { readLogPage } from '../../store/log-page.js';
import type { SqlProjectionsSinkOptions } from '../sql-projections-sink.js';
import {
  type HeldPartition,
  inPartitionList,
  keepLeases,
  type LeaseHolder,
  lockHeld,
  partitionList,
  registerPartitions,
  releaseLeases,
} from './partition-leases.js';
import { streamPartition } from './stream-partition.js';

/** What `partitionedProjectionWorker` needs. */
export interface PartitionedProjectionWorkerOptions {
  readonly executor: SqlExecutor;
  /** The schema `migrate` prepared, holding the events and the partition tables; default `parcel_claims`. */
  readonly schema?: string;
  /** The projection the workers share: the key of its partitions, leases and checkpoints. */
  readonly projection: string;
  /** How many partitions the log is split into; fixed when the first worker starts, and stored. */
  readonly partitions: number;
  /** This worker's name, unique among the projection's workers (for instance host and pid). */
  readonly worker: string;
  /** The read models written, each handed every event of a batch (see `applyBatch`). */
  readonly names: readonly string[];
  /** Writes a batch's events to the read models with `tx`, inside the batch's transaction. */
  readonly applyBatch: SqlProjectionsSinkOptions['applyBatch'];
  /** Only events of streams whose id starts with this are applied; default: all. */
  readonly streamPrefix?: string;
  /** Events read and applied per batch, at least 1; default 1,024. */
  readonly batchSize?: number;
  /** How long a lease and a heartbeat last unless renewed, on the database's clock; default 10 s. */
  readonly leaseSeconds?: number;
  /** How long an idle worker waits before it reads again; default 100 ms. */
  readonly idleMs?: number;
  /** Told after every batch this worker commits. */
  readonly onBatch?: (batch: WorkerBatch) => void;
}

/** A batch a worker committed. */
export interface WorkerBatch {
  /** The partitions it held when it wrote the batch. */
  readonly partitions: readonly number[];
  /** The events it applied, in log order. */
  readonly events: readonly RecordedEvent[];
  /** The checkpoint its partitions moved to. */
  readonly position: bigint;
}

/** One worker of a projection split into partitions of the stream id. */
export interface PartitionedProjectionWorker {
  /**
   * Stores the partition count (or checks it: `PartitionCountMismatch`), takes a share of the
   * partitions, and runs in the background until `stop()`. Resolves once it has started.
   */
  readonly start: () => Promise<void>;
  /** What `start` does before it runs: stores or checks the count and takes a first share. Drive it with `step`. */
  readonly join: () => Promise<void>;
  /** Finishes the batch in hand, then releases its leases so others take them at once. */
  readonly stop: () => Promise<void>;
  /** Settles when the worker ends: resolves after `stop()`, rejects with what stopped it. */
  readonly finished: () => Promise<void>;
  /** One round: keeps the leases if due, then applies one batch; resolves with the events applied. */
  readonly step: () => Promise<number>;
  /** The partitions held after the last round of lease keeping. */
  readonly held: () => readonly number[];
}

const defaultBatchSize = 1_024;
const maxPageSize = 16_384;

/**
 * A worker of a projection that several processes share. The log is split into partitions by a
 * stable hash of the stream id (`streamPartition`), so all events of a stream fall in one
 * partition and are applied in order by whichever worker leases it. Each partition is leased by
 * one worker at a time, on the database's clock; each worker keeps its fair share (partitions
 * over workers alive, rounded up), taking free or expired partitions with `FOR UPDATE SKIP
 * LOCKED` and releasing the surplus when a worker joins. A worker that dies loses its leases
 * when they expire, and the others take its partitions over.
 *
 * Each batch is written with the checkpoints of its partitions in one transaction that first
 * locks the partitions' rows and checks the lease is still this worker's: a batch of a worker
 * that lost a lease is not written, and an event is applied exactly once whoever applies it.
 * A batch that fails (`applyBatch` rejects) is rolled back and stops the worker with its error.
 *
 * @example
 * const worker = partitionedProjectionWorker({
 *   executor, projection: 'claim-read-models', partitions: 16, worker: `${hostname()}-${process.pid}`,
 *   names: ['claims-board'], applyBatch: (tx, pending) => writeClaims(tx, pending),
 * });
 * await worker.start();
 */
export const partitionedProjectionWorker = (
  options: PartitionedProjectionWorkerOptions,
): PartitionedProjectionWorker => {
  const { executor, projection, partitions: count } = options;
  const names = schemaNames(options.schema);
  const holder: LeaseHolder = {
    names,
    projection,
    worker: options.worker,
    leaseSeconds: options.leaseSeconds ?? 10,
  };
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize) || 1);
  const idleMs = options.idleMs ?? 100;
  // Renewed three times per lease: a worker misses two rounds before it loses a partition.
  const keepEveryMs = (holder.leaseSeconds * 1000) / 3;
  const prefix = options.streamPrefix ?? '';
  let held: readonly HeldPartition[] = [];
  let keptAt = Number.NEGATIVE_INFINITY;
  let stopping = false;
  let wake: () => void = () => undefined;
  let running: Promise<void> = Promise.resolve();

  const applyHeld = async (): Promise<number> => {
    const [after] = held.map(({ position }) => position).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (after === undefined) return 0;
    const heldPartitions = held.map(({ partition }) => partition);
    // The page is read in log order by the primary key and split here: a partition filter in SQL
    // would compute the hash of every row after the checkpoint for each page. Workers holding a
    // few partitions read longer pages, so that a batch still holds about `batchSize` of theirs.
    const pageSize = Math.min(maxPageSize, Math.ceil((batchSize * count) / held.length));
    const page = await readLogPage(executor, names, after, prefix, pageSize);
    const ours = new Set(heldPartitions);
    const inHeld = page.events.filter((event) => ours.has(streamPartition(event.streamId, count)));
    if (page.events.length === 0 && held.every(({ position }) => position >= page.passed)) return 0;
    const applied = await executor.transaction(async (tx) => {
      const locked = await lockHeld(tx, holder, heldPartitions);
      const events = inHeld.filter((event) => {
        const position = locked.get(streamPartition(event.streamId, count));
        return position !== undefined && event.position > position;
      });
      if (events.length > 0)
        await options.applyBatch(
          tx,
          options.names.map((name) => ({ name, events })),
        );
      await tx.query(
        `UPDATE ${names.qualified('projection_partitions')} SET position = $3::bigint, updated_at = now()
          WHERE projection = $1::text AND partition = ${inPartitionList('$2')} AND position < $3::bigint`,
        [projection, partitionList([...locked.keys()]), page.passed.toString()],
      );
      return { events, partitions: [...locked.keys()] };
    });
    held = held.map((partition) =>
      applied.partitions.includes(partition.partition) && partition.position < page.passed
        ? { ...partition, position: page.passed }
        : partition,
    );
    options.onBatch?.({ partitions: applied.partitions, events: applied.events, position: page.passed });
    return applied.events.length;
  };

  const step = async (): Promise<number> => {
    if (performance.now() - keptAt >= keepEveryMs) {
      held = await keepLeases(executor, holder, count);
      keptAt = performance.now();
    }
    return applyHeld();
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      const before = held.map(({ position }) => position).join();
      await step();
      if (stopping) break;
      if (held.map(({ position }) => position).join() === before) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, idleMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  };

  const join = async (): Promise<void> => {
    await registerPartitions(executor, names, projection, count);
    stopping = false;
    held = await keepLeases(executor, holder, count);
    keptAt = performance.now();
  };

  return {
    join,
    start: async () => {
      await join();
      running = loop();
      // Observed here so an early failure is not an unhandled rejection; `finished` reports it.
      running.catch(() => undefined);
    },
    stop: async () => {
      stopping = true;
      wake();
      await running.catch(() => undefined);
      await releaseLeases(executor, holder);
      held = [];
    },
    finished: () => running,
    step,
    held: () => held.map(({ partition }) => partition),
  };
};
