import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService, parcelStreamId } from '@parcel-claims/service';
import { workloadParcelId } from '../fixtures/claim-workload.js';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { prefill } from '../fixtures/prefill.js';
import { comparePaired } from '../measure/compare-paired.js';
import { collectGarbage, settledHeapBytes } from '../measure/heap.js';
import { perSecond, type TimeOptions, type Timing, timeTasks } from '../measure/time-tasks.js';
import { atLeast, figure, pairedFigures, type Row, roundRatioRange } from '../report/row.js';
import { emmettExecute, emmettStore } from './emmett-claims.js';
import { commandsPerParcel, type Execute, parcelTask } from './parcel-runner.js';

export interface CommandHandlingOptions {
  /** Store sizes, in events, at which command handling is measured (smallest and largest compared). */
  readonly sizes: readonly number[];
  /** Store size at which the claims service is compared with Emmett. */
  readonly emmettSize: number;
  readonly emmettRounds: number;
  readonly time: TimeOptions;
}

const thousands = (events: number): string =>
  events >= 1_000_000 ? `${events / 1_000_000}M` : `${Math.round(events / 1000)}k`;

const commandRate = (timing: Timing): number => perSecond(timing, commandsPerParcel);

/**
 * Command handling on one in-memory store grown in steps: pre-filled with the claim workload of
 * other parcels to each size, then the whole workload of fresh parcels run through the claims
 * service, command by command. At `emmettSize` the same workload also runs on Emmett's
 * in-memory store, pre-filled alike, timed in alternating rounds. At the end the store holds
 * the largest size, and the heap it takes is measured.
 */
export const commandHandlingRows = async (
  template: ParcelTemplate,
  options: CommandHandlingOptions,
): Promise<Row[]> => {
  const heapBefore = settledHeapBytes();
  const store = inMemoryEventStore();
  const service = createClaimsService({ store });
  let size = 0;
  let parcel = 1;
  const nextParcel = () => {
    parcel += 1;
    return parcel - 1;
  };
  const execute: Execute = async (command) => {
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`${command.type} was not accepted: ${result.kind}`);
    size += result.events.length;
  };
  let prefillMs = 0;
  let prefilled = 0;
  const growTo = async (events: number) => {
    if (events <= size) return;
    const started = performance.now();
    const next = await prefill(store, template, parcel, events - size);
    const added = (next - parcel) * template.eventsPerParcel;
    prefillMs += performance.now() - started;
    prefilled += added;
    size += added;
    parcel = next;
  };

  const rows: Row[] = [];
  const rates = new Map<number, number>();
  const steps = [...new Set([...options.sizes, options.emmettSize])].sort((a, b) => a - b);
  for (const step of steps) {
    await growTo(step);
    collectGarbage();
    const sizeBefore = size;
    if (step === options.emmettSize) {
      const emmett = await emmettStore(template, parcel, Math.ceil(sizeBefore / template.eventsPerParcel));
      parcel += Math.ceil(sizeBefore / template.eventsPerParcel);
      collectGarbage();
      const paired = await comparePaired(
        parcelTask('claims service', execute, nextParcel),
        parcelTask('emmett', emmettExecute(emmett), nextParcel),
        options.emmettRounds,
        options.time,
      );
      rows.push({
        id: 'emmett',
        workload: `Commands vs Emmett 0.42.0 in-memory store, same decider, at ${thousands(step)} events`,
        ...pairedFigures(paired, commandRate, 'commands/s', 'Emmett CommandHandler + getInMemoryEventStore'),
        target: atLeast('≥ 10× Emmett', paired.ratio, 10),
        details: {
          storeEventsAtStart: figure(sizeBefore, 'events'),
          storeEventsAtEnd: figure(size, 'events'),
          ...roundRatioRange(paired),
        },
      });
    }
    if (options.sizes.includes(step)) {
      collectGarbage();
      const atStart = size;
      const [timing] = await timeTasks([parcelTask('claims service', execute, nextParcel)], options.time);
      if (timing === undefined) throw new Error('tinybench returned no timing');
      const rate = commandRate(timing);
      rates.set(step, rate);
      rows.push({
        id: `commands-${thousands(step)}`,
        workload: `Commands through the claims service, in-memory store of ${thousands(step)} events`,
        measured: figure(rate, 'commands/s', timing.rmePercent),
        baseline: null,
        ratio: null,
        target: atLeast('≥ 100,000 commands/s', rate, 100_000),
        details: {
          storeEventsAtStart: figure(atStart, 'events'),
          storeEventsAtEnd: figure(size, 'events'),
          meanParcelWorkload: figure(timing.meanMs, 'ms per 15 commands'),
        },
      });
    }
  }

  // Flatness: the store at the largest size against a store of the smallest size, timed in
  // alternating rounds in the same process and heap, so that outside load and the heap's state
  // move both alike. Each round gets a freshly filled small store, which otherwise would grow
  // with the parcels measured in it.
  const smallest = Math.min(...options.sizes);
  const largest = Math.max(...options.sizes);
  let smallExecute: Execute = async () => undefined;
  const largestAtStart = size;
  const paired = await comparePaired(
    parcelTask('claims service, largest store', execute, nextParcel),
    parcelTask('claims service, smallest store', (command) => smallExecute(command), nextParcel),
    options.emmettRounds,
    options.time,
    async () => {
      const small = inMemoryEventStore();
      await prefill(small, template, 1, smallest);
      const smallService = createClaimsService({ store: small });
      smallExecute = async (command) => {
        const result = await smallService.execute(command);
        if (result.kind !== 'accepted') throw new Error(`${command.type} was not accepted: ${result.kind}`);
      };
      collectGarbage();
    },
  );
  rows.push({
    id: 'commands-flatness',
    workload: `Command throughput at ${thousands(largest)} over ${thousands(smallest)} events, alternating rounds`,
    ...pairedFigures(
      paired,
      commandRate,
      'commands/s',
      `a fresh store of ${thousands(smallest)} events each round`,
    ),
    target: atLeast('≥ 0.8', paired.ratio, 0.8),
    details: {
      sequentialRatio: figure((rates.get(largest) ?? Number.NaN) / (rates.get(smallest) ?? Number.NaN), '×'),
      largestStoreEventsAtStart: figure(largestAtStart, 'events'),
      largestStoreEventsAtEnd: figure(size, 'events'),
      ...roundRatioRange(paired),
    },
  });

  const heapAfter = settledHeapBytes();
  rows.push({
    id: 'memory',
    workload: `Heap per stored event, in-memory store of ${thousands(size)} events`,
    measured: figure((heapAfter - heapBefore) / size, 'bytes/event'),
    baseline: null,
    ratio: null,
    target: { text: 'reported', met: null },
    details: {
      storeEvents: figure(size, 'events'),
      heapBefore: figure(heapBefore, 'bytes'),
      heapAfter: figure(heapAfter, 'bytes'),
    },
  });
  rows.push({
    id: 'append',
    workload: 'Pre-fill: EventStore.append of the workload, one call per command',
    measured: figure(prefilled / (prefillMs / 1000), 'events/s'),
    baseline: null,
    ratio: null,
    target: { text: 'reported', met: null },
    details: { events: figure(prefilled, 'events') },
  });
  // Read after the heap is measured, which also keeps the store alive until then.
  const lastParcel = await store.readStream(parcelStreamId(workloadParcelId(parcel - 1)));
  if (lastParcel.length !== commandsPerParcel) throw new Error('the last parcel did not record its workload');
  return rows;
};
