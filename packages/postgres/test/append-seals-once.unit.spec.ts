import * as eventsourcing from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type SqlExecutor, schemaNames } from '../src/index.js';
import type { AppendFacts, PlannedWrite } from '../src/store/append-call.js';
import { appendEvents } from '../src/store/append-events.js';
import type { AppendAttempt, SendAppend } from '../src/store/append-sender.js';
import { type KnownHead, streamHeads } from '../src/store/stream-heads.js';
import { sampleEvent } from './support/sample-event.js';

// Every call of the sealing function is counted; each still seals as the library does.
vi.mock('@parcel-claims/eventsourcing', async (importOriginal) => {
  const original = await importOriginal<typeof import('@parcel-claims/eventsourcing')>();
  return { ...original, sealEventsAsText: vi.fn(original.sealEventsAsText) };
});

const seals = vi.mocked(eventsourcing.sealEventsAsText);

const streamId = 'parcel-1';
const events = [sampleEvent(1), sampleEvent(2), sampleEvent(3)];
const staleHead: KnownHead = { revision: 1n, hash: 'a'.repeat(64) };
const currentHead: KnownHead = { revision: 4n, hash: 'b'.repeat(64) };

// The optimistic calls never reach the executor; the locked path would, and must not be taken.
const noExecutor: SqlExecutor = {
  query: () => Promise.reject(new Error('the executor was used')),
  transaction: () => Promise.reject(new Error('a transaction was opened')),
};

/**
 * A database whose stream ends at `currentHead`: a call planned on another head is answered with
 * the facts, a call planned on it is written. Each call's head and planned write are kept.
 */
const databaseAt = (head: KnownHead) => {
  const calls: { readonly head: KnownHead | undefined; readonly write: PlannedWrite | undefined }[] = [];
  const send: SendAppend = async (attempt: AppendAttempt) => {
    // As the group commit does: the head handed to `plan` is an equal copy, not the same object.
    const write = attempt.plan(
      attempt.head === undefined || attempt.head === null ? attempt.head : { ...attempt.head },
    );
    calls.push({ head: attempt.head, write });
    const written = write !== undefined && write.head?.revision === head?.revision;
    const outcome: AppendFacts = written
      ? { kind: 'written', position: 100n }
      : { kind: 'facts', head, recorded: new Map() };
    return { write, outcome };
  };
  return { send, calls };
};

const sealedOnto = (head: KnownHead) => {
  const sealed = eventsourcing.sealEventsAsText({
    streamId,
    nextRevision: head === null ? 0n : head.revision + 1n,
    previousHash: head === null ? null : head.hash,
    events,
  });
  if (E.isLeft(sealed)) throw sealed.left;
  return sealed.right;
};

beforeEach(() => {
  seals.mockClear();
});

describe('an append that learns the stream head from the database seals its batch once on that head', () => {
  it('head not known: the facts call plans nothing, the batch is sealed once and written as sealed', async () => {
    const database = databaseAt(currentHead);
    const result = await appendEvents(
      { executor: noExecutor, names: schemaNames('t'), heads: streamHeads(), send: database.send },
      streamId,
      events,
      'any',
    );
    expect(seals).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ nextExpectedRevision: 7n, position: 100n, alreadyApplied: false });
    expect(database.calls.map((call) => call.head)).toEqual([undefined, currentHead]);
    expect(database.calls.map((call) => call.write?.events)).toEqual([undefined, sealedOnto(currentHead)]);
  });

  it('stale head: sealed once on the stale head, then once on the head the database named', async () => {
    const heads = streamHeads();
    heads.set(streamId, staleHead);
    const database = databaseAt(currentHead);
    const result = await appendEvents(
      { executor: noExecutor, names: schemaNames('t'), heads, send: database.send },
      streamId,
      events,
      'any',
    );
    expect(seals).toHaveBeenCalledTimes(2);
    expect(result).toEqual({ nextExpectedRevision: 7n, position: 100n, alreadyApplied: false });
    expect(database.calls.map((call) => call.write?.events)).toEqual([
      sealedOnto(staleHead),
      sealedOnto(currentHead),
    ]);
    expect(heads.get(streamId)).toEqual({ revision: 7n, hash: sealedOnto(currentHead)[2]?.metadata.hash });
  });

  it('a batch that does not chain is refused when the head is learnt, without a second call', async () => {
    const database = databaseAt(currentHead);
    const invalid = [sampleEvent(1, { n: Number.NaN })];
    await expect(
      appendEvents(
        { executor: noExecutor, names: schemaNames('t'), heads: streamHeads(), send: database.send },
        streamId,
        invalid,
        'any',
      ),
    ).rejects.toBeInstanceOf(eventsourcing.InvalidEventData);
    expect(seals).toHaveBeenCalledTimes(1);
    expect(database.calls).toHaveLength(1);
  });
});
