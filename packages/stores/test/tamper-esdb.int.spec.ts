import { EventStoreDBClient } from '@eventstore/db-client';
import { type LogFinding, signTreeHead, verifyLog } from '@parcel-claims/audit';
import {
  type EventStore,
  ed25519Signer,
  generateKeyPair,
  parseVerifierKey,
  type RecordedEvent,
  type VerifierKey,
} from '@parcel-claims/eventsourcing';
import { type StandIn, startStandIn } from '@parcel-claims/eventstoredb/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { notedEvent } from './reliability/noted-event.js';

// On EventStoreDB a stream is removed or cut short through the server's own operations: a soft
// delete, a hard delete (tombstone), or `$tb` in the stream's metadata. Each leaves the remaining
// chains intact; a checkpoint signed before names it.

let standIn: StandIn;
// A stand-in of its own for each case: what one case removes stays removed.
beforeEach(async () => {
  standIn = await startStandIn();
});
afterEach(() => standIn.stop());

const origin = 'claims.example/log';

/** Two streams of four and three events, a checkpoint signed over them, and the verifier key. */
const signedLog = async (store: EventStore, prefix: string) => {
  await store.append(`${prefix}-a`, [notedEvent(1), notedEvent(2), notedEvent(3), notedEvent(4)], {
    expectedVersion: 'no_stream',
  });
  await store.append(`${prefix}-b`, [notedEvent(5), notedEvent(6), notedEvent(7)], {
    expectedVersion: 'no_stream',
  });
  const pair = generateKeyPair(origin);
  if (!pair.ok) throw new Error(pair.problem);
  const signer = ed25519Signer(pair.signerKey);
  const key = parseVerifierKey(pair.verifierKey);
  if (!signer.ok || !key.ok) throw new Error('the generated key pair reads back');
  const signed = await signTreeHead(store, signer.signer, origin);
  if (!signed.ok) throw new Error(signed.failure.kind);
  return { note: signed.note, key: key.key, stream: await store.readStream(`${prefix}-a`) };
};

const findingsAgainst = async (store: EventStore, note: string, key: VerifierKey) =>
  (await verifyLog(store, { checkpoints: [note], keys: [key] })).findings;

const hashAt = (events: readonly RecordedEvent[], revision: number): string | null =>
  events[revision]?.metadata.hash ?? null;

describe.each([
  {
    name: 'soft-deleted',
    remove: (client: EventStoreDBClient, stream: string) => client.deleteStream(stream),
    read: (_events: readonly RecordedEvent[]) => ({ events: 0, lastHash: null, deleted: false }),
    broken: (_streamId: string, _events: readonly RecordedEvent[]): readonly LogFinding[] => [],
  },
  {
    name: 'tombstoned',
    remove: (client: EventStoreDBClient, stream: string) => client.tombstoneStream(stream),
    read: (_events: readonly RecordedEvent[]) => ({ events: 0, lastHash: null, deleted: true }),
    broken: (_streamId: string, _events: readonly RecordedEvent[]): readonly LogFinding[] => [],
  },
  {
    name: 'cut short by $tb',
    remove: (client: EventStoreDBClient, stream: string) =>
      client.setStreamMetadata(stream, { truncateBefore: 2 }),
    read: (events: readonly RecordedEvent[]) => ({ events: 2, lastHash: hashAt(events, 3), deleted: false }),
    // The stream now starts at revision 2, whose link points at an event no longer read.
    broken: (streamId: string, events: readonly RecordedEvent[]): readonly LogFinding[] => [
      {
        kind: 'broken-chain',
        event: { streamId, revision: 2n, reason: 'broken-link', expected: null, found: hashAt(events, 1) },
      },
    ],
  },
])('a stream $name after a checkpoint on the EventStoreDB stand-in', ({ name, remove, read, broken }) => {
  it('is named by verifyLog against the checkpoint: it reads back other than the log holds it', async () => {
    const opened = await openStore(standIn.connectionString);
    const client = EventStoreDBClient.connectionString(standIn.connectionString);
    try {
      const prefix = `tamper-${name.replace(/[^a-z]/g, '')}-${Date.now()}`;
      const { note, key, stream } = await signedLog(opened.store, prefix);
      const streamId = `${prefix}-a`;
      expect(await findingsAgainst(opened.store, note, key)).toEqual([]);
      await remove(client, streamId);
      expect(await findingsAgainst(opened.store, note, key)).toEqual([
        ...broken(streamId, stream),
        {
          kind: 'stream-unlike-log',
          stream: { streamId, inLog: { events: 4, lastHash: hashAt(stream, 3) }, read: read(stream) },
        },
      ]);
    } finally {
      await client.dispose();
      await opened.close();
    }
  });
});
