import { type EventStore, inMemoryEventStore, instrumentedStore } from '@parcel-claims/eventsourcing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// The same SDK set-up as the kernel's own telemetry tests.
import { inMemoryTelemetry } from '../../eventsourcing/test/telemetry/in-memory-telemetry.js';
import { createClaimsService, parcelStreamId } from '../src/index.js';
import { input, parcelId } from './support/story.js';

const recordedAt = '2026-11-24T12:00:00.000Z';
const streamId = parcelStreamId(parcelId);
const telemetry = inMemoryTelemetry();
const { spans, points } = telemetry;

beforeAll(telemetry.register);
afterAll(telemetry.unregister);
afterEach(() => {
  spans.reset();
});

/**
 * `store`, where another writer records `interloper` just before the first append: the append
 * then conflicts, as when two service instances race on one parcel.
 */
const racedBy = (store: EventStore, interloper: () => Promise<unknown>): EventStore => {
  let raced = false;
  return {
    ...store,
    append: async (id, events, options) => {
      if (!raced) {
        raced = true;
        await interloper();
      }
      return store.append(id, events, options);
    },
  };
};

// The same insurance, bought under another command id by another service instance.
const otherCommandId = '00000000-0000-4000-9000-000000000999';
/** What the first test counts: the raced command, rejected on its retry, and an invalid one. */
const countedByTheRace = [
  {
    attributes: {
      'parcel_claims.command.type': 'PurchaseInsurance',
      'parcel_claims.command.outcome': 'rejected',
    },
    value: 1,
  },
  {
    attributes: { 'parcel_claims.command.type': 'unknown', 'parcel_claims.command.outcome': 'invalid' },
    value: 1,
  },
];
const commandIds = { book: input.bookParcel.commandId, insure: input.purchaseInsurance.commandId };

describe('telemetry of the claims service', () => {
  it('traces decode, each attempt, decide and the store calls of a command raced by another instance, and counts outcomes', async () => {
    // The other instance insures the parcel first: the append conflicts, and the retry, deciding
    // on the stream as it now is, finds the parcel insured.
    const raw = inMemoryEventStore();
    const other = createClaimsService({ store: raw, clock: () => recordedAt, telemetry: false });
    await other.bookParcel(input.bookParcel);
    const store = instrumentedStore(
      racedBy(raw, () => other.purchaseInsurance({ ...input.purchaseInsurance, commandId: otherCommandId })),
      'memory',
    );
    const service = createClaimsService({
      store,
      clock: () => recordedAt,
      cachedStreams: 0,
      retry: { sleep: async () => undefined },
    });

    const result = await service.purchaseInsurance(input.purchaseInsurance);
    expect(result.kind).toBe('rejected');
    await service.execute({ type: 'BookParcel', data: { parcelId } });

    const read = (revision?: number) => ({
      name: 'readStream',
      parent: 'attempt',
      attributes: {
        'db.system': 'memory',
        'db.operation': 'readStream',
        'parcel_claims.stream.id': streamId,
        'parcel_claims.event.count': revision ?? 0,
      },
      events: [],
    });
    const attempt = (number: number, outcome: string) => ({
      name: 'attempt',
      parent: 'command PurchaseInsurance',
      attributes: {
        'parcel_claims.stream.id': streamId,
        'parcel_claims.command.id': commandIds.insure,
        'parcel_claims.command.attempt': number,
        'parcel_claims.command.outcome': outcome,
      },
      events:
        outcome === 'conflict'
          ? [
              {
                name: 'version conflict',
                attributes: {
                  'parcel_claims.stream.expected_version': '0',
                  'parcel_claims.stream.revision': '1',
                },
              },
            ]
          : [],
    });
    expect(telemetry.spanTree()).toEqual([
      {
        name: 'decode',
        parent: 'command PurchaseInsurance',
        attributes: { 'parcel_claims.command.outcome': 'valid' },
        events: [],
      },
      read(1),
      {
        name: 'decide',
        parent: 'attempt',
        attributes: { 'parcel_claims.command.outcome': 'decided', 'parcel_claims.event.count': 1 },
        events: [],
      },
      {
        name: 'append',
        parent: 'attempt',
        attributes: {
          'db.system': 'memory',
          'db.operation': 'append',
          'parcel_claims.stream.id': streamId,
          'parcel_claims.stream.expected_version': '0',
          'parcel_claims.event.count': 1,
          'error.type': 'VersionConflict',
        },
        events: [
          {
            name: 'exception',
            attributes: {
              'exception.type': 'VersionConflict',
              'exception.message': `Version conflict on stream "${streamId}": expected revision 0, actual revision 1`,
              'exception.stacktrace': expect.any(String),
            },
          },
        ],
      },
      attempt(1, 'conflict'),
      read(2),
      {
        name: 'decide',
        parent: 'attempt',
        attributes: { 'parcel_claims.command.outcome': 'rejected' },
        events: [],
      },
      attempt(2, 'rejected'),
      {
        name: 'command PurchaseInsurance',
        parent: null,
        attributes: {
          'parcel_claims.command.type': 'PurchaseInsurance',
          'parcel_claims.stream.id': streamId,
          'parcel_claims.command.id': commandIds.insure,
          'parcel_claims.command.outcome': 'rejected',
        },
        events: [],
      },
      {
        name: 'decode',
        parent: 'command',
        attributes: { 'parcel_claims.command.outcome': 'invalid' },
        events: [],
      },
      {
        name: 'command',
        parent: null,
        attributes: { 'parcel_claims.command.outcome': 'invalid' },
        events: [],
      },
    ]);
    expect(await points('parcel_claims.commands')).toEqual(countedByTheRace);
    expect(await points('parcel_claims.append.duration')).toEqual([
      { attributes: { 'db.system': 'memory', 'error.type': 'VersionConflict' }, value: 1 },
    ]);
  });

  it('makes no span and counts nothing with telemetry off', async () => {
    const service = createClaimsService({
      store: inMemoryEventStore(),
      clock: () => recordedAt,
      telemetry: false,
    });
    expect((await service.bookParcel(input.bookParcel)).kind).toBe('accepted');
    expect(spans.getFinishedSpans()).toEqual([]);
    expect(await points('parcel_claims.commands')).toEqual(countedByTheRace);
  });

  it('counts an accepted command and records its append duration on the instrumented store', async () => {
    const service = createClaimsService({
      store: instrumentedStore(inMemoryEventStore(), 'memory'),
      clock: () => recordedAt,
    });
    expect((await service.bookParcel(input.bookParcel)).kind).toBe('accepted');
    expect(telemetry.spanTree().map(({ name, parent }) => ({ name, parent }))).toEqual([
      { name: 'decode', parent: 'command BookParcel' },
      { name: 'readStream', parent: 'attempt' },
      { name: 'decide', parent: 'attempt' },
      { name: 'append', parent: 'attempt' },
      { name: 'attempt', parent: 'command BookParcel' },
      { name: 'command BookParcel', parent: null },
    ]);
    expect((await points('parcel_claims.commands')).slice(-1)).toEqual([
      {
        attributes: {
          'parcel_claims.command.type': 'BookParcel',
          'parcel_claims.command.outcome': 'accepted',
        },
        value: 1,
      },
    ]);
    expect(await points('parcel_claims.append.duration')).toEqual([
      { attributes: { 'db.system': 'memory', 'error.type': 'VersionConflict' }, value: 1 },
      { attributes: { 'db.system': 'memory' }, value: 1 },
    ]);
  });
});
