import {
  canonicalJson,
  chainEvents,
  commandDigestOf,
  type EventToAppend,
  eventHash,
  eventIdFor,
  hashInputOf,
  type RecordedEvent,
  verifyStream,
} from '@parcel-claims/eventsourcing';
import { encodeClaimEvent } from '@parcel-claims/service';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { arbHistory, type GeneratedHistory, historyPaths } from '../../src/index.js';

const streamId = 'parcel-tamper';

const digestOf = (command: unknown): string => {
  const digest = commandDigestOf(command);
  if (E.isLeft(digest)) throw new Error(digest.left);
  return digest.right;
};

/** The history as a store records it: metadata from each command, the hash chain from `chainEvents`. */
const recordedOf = (history: GeneratedHistory): readonly RecordedEvent[] => {
  const toAppend: EventToAppend[] = history.attempts.flatMap(({ command, outcome }) =>
    outcome.kind === 'accepted'
      ? outcome.events.map((event, index) => ({
          eventId: eventIdFor(command.data.commandId, index),
          type: event.type,
          data: encodeClaimEvent(event),
          metadata: {
            commandId: command.data.commandId,
            correlationId: `conversation-${command.data.commandId}`,
            causationId: command.data.commandId,
            recordedAt: command.data.now,
            schemaVersion: 1,
            actor: command.data.actor,
            commandDigest: digestOf(command),
          },
        }))
      : [],
  );
  const sealed = chainEvents({ streamId, nextRevision: 0n, previousHash: null, events: toAppend });
  if (E.isLeft(sealed)) throw sealed.left;
  return sealed.right.map((event, index) => ({ ...event, position: BigInt(index + 1) }));
};

/** The event with its own hash recomputed, as a forger who knows the algorithm would. */
const rehashed = (event: RecordedEvent): RecordedEvent => {
  const hash = eventHash(hashInputOf(event));
  if (E.isLeft(hash)) throw new Error(hash.left);
  return { ...event, metadata: { ...event.metadata, hash: hash.right } };
};

const other = (text: string): string => `${text}x`;
const otherHash = (hash: string | null): string | null =>
  hash === null ? 'a'.repeat(64) : `${hash.slice(1)}${hash.startsWith('0') ? '1' : '0'}`;

/** Every single-field change of an event's metadata (and of the fields its identity is made of). */
const metadataEdits: readonly {
  readonly field: string;
  readonly edit: (e: RecordedEvent) => RecordedEvent;
}[] = [
  { field: 'streamId', edit: (e) => ({ ...e, streamId: other(e.streamId) }) },
  { field: 'revision', edit: (e) => ({ ...e, revision: e.revision + 1n }) },
  { field: 'eventId', edit: (e) => ({ ...e, eventId: eventIdFor(e.eventId, 99) }) },
  { field: 'type', edit: (e) => ({ ...e, type: e.type === 'ClaimPaid' ? 'ClaimAccepted' : 'ClaimPaid' }) },
  ...(['commandId', 'correlationId', 'causationId'] as const).map((field) => ({
    field,
    edit: (e: RecordedEvent) => ({ ...e, metadata: { ...e.metadata, [field]: other(e.metadata[field]) } }),
  })),
  {
    field: 'recordedAt',
    edit: (e) => ({ ...e, metadata: { ...e.metadata, recordedAt: '2020-01-01T00:00:00.000Z' } }),
  },
  {
    field: 'schemaVersion',
    edit: (e) => ({ ...e, metadata: { ...e.metadata, schemaVersion: e.metadata.schemaVersion + 1 } }),
  },
  {
    field: 'actor.role',
    edit: (e) => ({
      ...e,
      metadata: {
        ...e.metadata,
        actor: {
          role: e.metadata.actor?.role === 'insurer' ? 'seller' : 'insurer',
          id: e.metadata.actor?.id ?? 'x',
        },
      },
    }),
  },
  {
    field: 'actor.id',
    edit: (e) => ({
      ...e,
      metadata: {
        ...e.metadata,
        actor: { role: e.metadata.actor?.role ?? 'insurer', id: other(e.metadata.actor?.id ?? '') },
      },
    }),
  },
  { field: 'actor removed', edit: (e) => ({ ...e, metadata: { ...e.metadata, actor: null } }) },
  {
    field: 'commandDigest',
    edit: (e) => ({
      ...e,
      metadata: { ...e.metadata, commandDigest: otherHash(e.metadata.commandDigest ?? null) ?? '' },
    }),
  },
  {
    field: 'commandDigest removed',
    edit: (e) => {
      const { commandDigest: _removed, ...metadata } = e.metadata;
      return { ...e, metadata };
    },
  },
  {
    field: 'previousHash',
    edit: (e) => ({ ...e, metadata: { ...e.metadata, previousHash: otherHash(e.metadata.previousHash) } }),
  },
  {
    field: 'hash',
    edit: (e) => ({ ...e, metadata: { ...e.metadata, hash: otherHash(e.metadata.hash) ?? '' } }),
  },
  {
    field: 'hashVersion',
    edit: (e) => ({ ...e, metadata: { ...e.metadata, hashVersion: e.metadata.hashVersion + 1 } }),
  },
];

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : {};

/** A change of the event's data that changes its canonical JSON: one field replaced, removed or added. */
const dataEdit = (data: unknown, pick: number, value: fc.JsonValue): unknown => {
  const record = asRecord(data);
  const keys = Object.keys(record);
  const key = keys[pick % Math.max(1, keys.length)];
  const edited =
    key === undefined || pick % 3 === 2
      ? { ...record, forged: value }
      : pick % 3 === 1
        ? Object.fromEntries(Object.entries(record).filter(([name]) => name !== key))
        : { ...record, [key]: value };
  return JSON.stringify(canonicalJson(edited)) === JSON.stringify(canonicalJson(data))
    ? { ...record, forged: [value] }
    : edited;
};

interface Tamper {
  readonly kind: string;
  readonly events: readonly RecordedEvent[];
  /** Index of the first event that no longer verifies; `null` when no chain can tell. */
  readonly firstBroken: number | null;
}

const swapped = <T>(items: readonly T[], i: number, j: number): T[] =>
  items.map((item, index) => (index === i ? (items[j] ?? item) : index === j ? (items[i] ?? item) : item));

/** Every tampering of one kind at every place in the stream. */
const tampersOf = (stream: readonly RecordedEvent[], pick: number, value: fc.JsonValue): Tamper[] => {
  const n = stream.length;
  const tampers: Tamper[] = [];
  const replaceAt = (i: number, event: RecordedEvent) => stream.map((e, index) => (index === i ? event : e));
  stream.forEach((event, i) => {
    const data = { ...event, data: dataEdit(event.data, pick + i, value) };
    tampers.push({ kind: 'data modified', events: replaceAt(i, data), firstBroken: i });
    // A forger who rehashes the edited event moves the break to the next event's link; at the end
    // of the stream nothing follows, which only a last hash kept elsewhere would catch.
    tampers.push({
      kind: 'data modified, own hash recomputed',
      events: replaceAt(i, rehashed(data)),
      firstBroken: i < n - 1 ? i + 1 : null,
    });
    for (const { field, edit } of metadataEdits) {
      tampers.push({
        kind: `metadata modified: ${field}`,
        events: replaceAt(i, edit(event)),
        firstBroken: i,
      });
    }
    tampers.push({
      kind: 'deleted',
      events: stream.filter((_, index) => index !== i),
      firstBroken: i < n - 1 ? i : null,
    });
    for (let j = i + 1; j < n; j += 1) {
      tampers.push({ kind: 'reordered (two events swapped)', events: swapped(stream, i, j), firstBroken: i });
    }
  });
  for (let i = 0; i <= n; i += 1) {
    const template = stream[Math.min(i, n - 1)];
    if (template === undefined) continue;
    const forged: RecordedEvent = {
      ...template,
      revision: BigInt(i),
      eventId: eventIdFor(template.eventId, 7),
      data: dataEdit(template.data, pick, value),
      metadata: { ...template.metadata, previousHash: stream[i - 1]?.metadata.hash ?? null },
    };
    const inserted = (event: RecordedEvent) => [...stream.slice(0, i), event, ...stream.slice(i)];
    tampers.push({ kind: 'forged event inserted', events: inserted(forged), firstBroken: i });
    // Rehashed and linked to the event before it, a forged event verifies itself; the event after
    // it no longer links. At the end it is an append, which a chain cannot tell from a real one.
    tampers.push({
      kind: 'forged event inserted, own hash recomputed',
      events: inserted(rehashed(forged)),
      firstBroken: i < n ? i + 1 : null,
    });
  }
  return tampers;
};

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

describe('tampering with recorded histories', () => {
  it('every single-event modification, deletion, swap and insertion breaks the chain at the first tampered event', () => {
    const caught = new Map<string, number>();
    const outOfReach = new Map<string, number>();
    let histories = 0;
    for (const path of historyPaths) {
      fc.assert(
        fc.property(arbHistory({ path }), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (history, pick, value) => {
          histories += 1;
          const stream = recordedOf(history);
          expect(verifyStream(stream)).toEqual({ ok: true });
          for (const tamper of tampersOf(stream, pick, value)) {
            const result = verifyStream(tamper.events);
            if (tamper.firstBroken === null) {
              count(outOfReach, tamper.kind);
              expect({ kind: tamper.kind, result }).toEqual({ kind: tamper.kind, result: { ok: true } });
              continue;
            }
            const culprit = tamper.events[tamper.firstBroken];
            expect(verifyStream(tamper.events.slice(0, tamper.firstBroken))).toEqual({ ok: true });
            expect({ kind: tamper.kind, result }).toMatchObject({
              kind: tamper.kind,
              result: { ok: false, streamId: culprit?.streamId, revision: culprit?.revision },
            });
            count(caught, tamper.kind);
          }
        }),
        { numRuns: 8 },
      );
    }
    console.log(`tampered streams from ${histories} histories`, {
      caught: Object.fromEntries(caught),
      'not detectable by a chain alone (end of stream)': Object.fromEntries(outOfReach),
    });
    expect([...caught.keys()].length).toBe(metadataEdits.length + 6);
  }, 60_000);
});
