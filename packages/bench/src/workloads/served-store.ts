import { type ClaimEvent, fold, initialState } from '@parcel-claims/core';
import { type EventStore, upcasterRegistry, upcastingDecoder } from '@parcel-claims/eventsourcing';
import {
  claimSchemaVersion,
  claimUpcasters,
  createClaimsService,
  decodeRecordedClaimEvent,
} from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { prefill } from '../fixtures/prefill.js';
import { comparePaired } from '../measure/compare-paired.js';
import { keep } from '../measure/keep.js';
import { perSecond, type TimeOptions, timeTasks } from '../measure/time-tasks.js';
import { figure, type Row, skippedRow } from '../report/row.js';
import { commandsPerParcel, parcelTask } from './parcel-runner.js';

/** An empty store behind a database or server, and how to close it and clean up after it. */
export interface ServedStore {
  readonly store: EventStore;
  readonly close: () => Promise<void>;
}

/** A store the suite measures: how to open it empty, and what to call it. */
export interface ServedTarget {
  readonly id: string;
  readonly label: string;
  readonly open: () => Promise<ServedStore>;
}

const decode = upcastingDecoder({
  upcasters: upcasterRegistry(claimUpcasters),
  schemaVersionOf: claimSchemaVersion,
  decode: decodeRecordedClaimEvent,
});

const reported = { text: 'reported (wall clock)', met: null };

const measure = async (
  store: EventStore,
  target: ServedTarget,
  template: ParcelTemplate,
  events: number,
  options: TimeOptions,
): Promise<Row[]> => {
  const firstParcel = 1;
  let parcel = await prefill(store, template, firstParcel, events);
  const streams = Array.from(
    { length: parcel - firstParcel },
    (_, index) => template.appendsFor(firstParcel + index).streamId,
  );
  const prefilled = streams.length * template.eventsPerParcel;
  const wall = { ...options, clock: 'wall' } as const;
  const service = createClaimsService({ store });
  const nextParcel = () => {
    parcel += 1;
    return parcel - 1;
  };
  const runCommand = async (command: Parameters<typeof service.execute>[0]) => {
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`command was not accepted: ${result.kind}`);
  };
  const [commands] = await timeTasks([parcelTask('claims service', runCommand, nextParcel)], wall);
  if (commands === undefined) throw new Error('tinybench returned no timing');
  const replay = await comparePaired(
    async () => {
      for (const streamId of streams) {
        const decoded: ClaimEvent[] = [];
        for (const recorded of await store.readStream(streamId)) {
          const event = decode(recorded);
          if (E.isLeft(event)) throw new Error(event.left.message);
          decoded.push(event.right);
        }
        keep(fold(initialState, decoded));
      }
    },
    async () => {
      for (const streamId of streams) keep(await store.readStream(streamId));
    },
    3,
    wall,
  );
  return [
    {
      id: `${target.id}-commands`,
      workload: `Commands through the claims service on ${target.label} (${prefilled.toLocaleString('en-US')} events pre-filled)`,
      measured: figure(perSecond(commands, commandsPerParcel), 'commands/s', commands.rmePercent),
      baseline: null,
      ratio: null,
      target: reported,
    },
    {
      id: `${target.id}-replay`,
      workload: `Replay on ${target.label}: readStream + upcast + decode + fold`,
      measured: figure(perSecond(replay.subject, prefilled), 'events/s', replay.subject.rmePercent),
      baseline: {
        name: 'readStream alone',
        ...figure(perSecond(replay.baseline, prefilled), 'events/s', replay.baseline.rmePercent),
      },
      ratio: figure(replay.ratio, '×'),
      target: reported,
    },
  ];
};

/**
 * Command handling and replay on a store behind a database or a server, timed by the wall
 * clock since the work waits on it. A store that cannot be opened (no server running) becomes
 * a skipped row that says why.
 */
export const servedStoreRows = async (
  target: ServedTarget,
  template: ParcelTemplate,
  events: number,
  options: TimeOptions,
): Promise<Row[]> => {
  let served: ServedStore;
  try {
    served = await target.open();
  } catch (error) {
    return [skippedRow(target.id, `Commands and replay on ${target.label}`, error)];
  }
  try {
    return await measure(served.store, target, template, events, options);
  } finally {
    await served.close();
  }
};
