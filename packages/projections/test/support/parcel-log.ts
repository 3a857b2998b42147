import { type ClaimEvent, fold, initialState, type ParcelState, PartyId } from '@parcel-claims/core';
import { type EventStore, type EventToAppend, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { claimSchemaVersion, encodeClaimEvent, parcelStreamId } from '@parcel-claims/service';
import { arbHistory, historyPaths } from '@parcel-claims/testing';
import fc from 'fast-check';

const party = (id: string): PartyId => {
  if (!PartyId.is(id)) throw new Error(`not a party id: ${id}`);
  return id;
};

/** Who each generated parcel belongs to: two sellers and two carriers across three parcels. */
const owners = [
  { parcelId: 'P1', sellerId: party('seller-a'), carrierId: party('sky-cargo') },
  { parcelId: 'P2', sellerId: party('seller-b'), carrierId: party('sky-cargo') },
  { parcelId: 'P3', sellerId: party('seller-a'), carrierId: party('sea-freight') },
] as const;

/** One parcel's generated history, with its seller and carrier set apart from the others'. */
export interface ParcelHistory {
  readonly parcelId: string;
  readonly streamId: string;
  readonly events: readonly ClaimEvent[];
  /** The decider's own fold of the events: the independent account of every claim. */
  readonly state: ParcelState;
}

/** Several parcels' histories merged into one global log, each parcel's events in order. */
export interface ParcelLog {
  readonly parcels: readonly ParcelHistory[];
  readonly log: readonly { readonly streamId: string; readonly event: ClaimEvent }[];
}

const relabel = (event: ClaimEvent, owner: (typeof owners)[number]): ClaimEvent => {
  switch (event.type) {
    case 'ParcelBooked':
      return { ...event, data: { ...event.data, sellerId: owner.sellerId } };
    case 'ParcelHandedToCarrier':
      return { ...event, data: { ...event.data, carrierId: owner.carrierId } };
    case 'LossConfirmed':
      return { ...event, data: { ...event.data, carrierId: owner.carrierId } };
    default:
      return event;
  }
};

/** Merges the parcels' events: each pick names a parcel with events left (modulo their number). */
const merge = (parcels: readonly ParcelHistory[], picks: readonly number[]): ParcelLog['log'] => {
  const next = parcels.map(() => 0);
  const log: { streamId: string; event: ClaimEvent }[] = [];
  const remaining = () =>
    parcels.flatMap((parcel, index) => ((next[index] ?? 0) < parcel.events.length ? [index] : []));
  let pick = 0;
  for (let open = remaining(); open.length > 0; open = remaining()) {
    const index = open[(picks[pick] ?? 0) % open.length] ?? 0;
    pick += 1;
    const parcel = parcels[index];
    const event = parcel?.events[next[index] ?? 0];
    if (parcel === undefined || event === undefined) break;
    log.push({ streamId: parcel.streamId, event });
    next[index] = (next[index] ?? 0) + 1;
  }
  return log;
};

/** Where a history is cut: whole, just before its first payout, or without its last events. */
type Cut = 'whole' | 'before-payout' | number;

const cutHistory = (events: readonly ClaimEvent[], cut: Cut): readonly ClaimEvent[] => {
  if (cut === 'whole') return events;
  if (cut === 'before-payout') {
    const payout = events.findIndex((event) => event.type === 'ClaimPaid');
    return payout < 0 ? events : events.slice(0, payout);
  }
  return events.slice(0, Math.max(0, events.length - cut));
};

/**
 * A parcel's history on one of the generator's paths, whole or cut short: a prefix of a
 * reachable history is reachable too, and leaves claims in flight (accepted and unpaid,
 * documents outstanding) that whole histories mostly close.
 */
const arbParcel = (owner: (typeof owners)[number]): fc.Arbitrary<ParcelHistory> =>
  fc
    .tuple(
      fc.oneof(...historyPaths.map((path) => arbHistory({ path, parcelId: owner.parcelId, noise: 6 }))),
      fc.oneof(fc.constant<Cut>('whole'), fc.constant<Cut>('before-payout'), fc.integer({ min: 1, max: 40 })),
    )
    .map(([history, cut]) => {
      const kept = cutHistory(history.events, cut);
      const events = kept.map((event) => relabel(event, owner));
      return {
        parcelId: owner.parcelId,
        streamId: parcelStreamId(owner.parcelId),
        events,
        state: fold(initialState, events),
      };
    });

/**
 * Three parcels' reachable histories (each leaning towards any of the generator's paths) merged
 * in a generated order into one global log.
 */
export const arbParcelLog: fc.Arbitrary<ParcelLog> = fc
  .record({
    parcels: fc.tuple(...owners.map(arbParcel)),
    picks: fc.array(fc.nat(5), { maxLength: 120 }),
  })
  .map(({ parcels, picks }) => ({ parcels, log: merge(parcels, picks) }));

const eventId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The event as a writer appends it. */
export const toAppend = (event: ClaimEvent, n: number): EventToAppend => ({
  eventId: eventId(n),
  type: event.type,
  data: encodeClaimEvent(event),
  metadata: {
    commandId: event.data.commandId,
    correlationId: event.data.commandId,
    causationId: event.data.commandId,
    recordedAt: event.data.at,
    schemaVersion: claimSchemaVersion(event.type),
    actor: null,
  },
});

/** Appends the log's events one by one, from `from` (inclusive) to `to` (exclusive). */
export const appendLog = async (
  store: EventStore,
  log: ParcelLog['log'],
  from = 0,
  to = log.length,
): Promise<void> => {
  for (let index = from; index < to; index += 1) {
    const entry = log[index];
    if (entry !== undefined) {
      await store.append(entry.streamId, [toAppend(entry.event, index + 1)], { expectedVersion: 'any' });
    }
  }
};

/** A new in-memory store holding the whole log. */
export const storeOf = async (log: ParcelLog['log']): Promise<EventStore> => {
  const store = inMemoryEventStore();
  await appendLog(store, log);
  return store;
};
