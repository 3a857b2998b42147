import { foundingStory } from '@parcel-claims/core/founding-story';
import {
  type EventStore,
  eventHash,
  hashInputOf,
  hashToHex,
  inMemoryEventStore,
  type RecordedEvent,
  signCheckpoint,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { describeLogFinding, signTreeHead, verifyLog } from '../src/index.js';
import { writeFoundingStory, writeStory } from './support/founding-story.js';
import { logKeys, rootOf } from './support/log-keys.js';

const origin = 'claims.example/log';
const streamId = 'parcel-TSS-2026-000042';
const { signer, key } = logKeys(origin);

/** A store whose global log and streams read as `alter` makes them: a tampered database under an intact tree. */
const tampered = (
  store: EventStore,
  alter: (events: readonly RecordedEvent[]) => readonly RecordedEvent[],
  log: readonly RecordedEvent[],
): EventStore => {
  const altered = alter(log);
  return {
    ...store,
    readAll: async function* () {
      if (altered.length > 0) yield altered;
    },
    readStream: async (id) => altered.filter((event) => event.streamId === id),
  };
};

const readLog = async (store: EventStore): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};

/** Rewrites events from `from` on with their hash chain sealed again: a rewrite a chain check cannot see. */
const resealFrom = (events: readonly RecordedEvent[], from: number): readonly RecordedEvent[] => {
  const out: RecordedEvent[] = [...events.slice(0, from)];
  for (const event of events.slice(from)) {
    const previousHash = out.at(-1)?.metadata.hash ?? null;
    const hash = eventHash(hashInputOf({ ...event, metadata: { ...event.metadata, previousHash } }));
    if (E.isLeft(hash)) throw new Error(hash.left);
    out.push({ ...event, metadata: { ...event.metadata, previousHash, hash: hash.right } });
  }
  return out;
};

const signedStory = async () => {
  const { store } = await writeFoundingStory();
  const signed = await signTreeHead(store, signer, origin);
  if (!signed.ok) throw new Error('not signed');
  const head = await store.tree?.head();
  if (head === undefined) throw new Error('no tree');
  return { store, note: signed.note, root: hashToHex(head.root), log: await readLog(store) };
};

const signedFake = async (treeSize: bigint, fill: number): Promise<string> => {
  const signed = await signCheckpoint(
    { origin, treeSize, rootHash: new Uint8Array(32).fill(fill), extensions: [] },
    [signer],
  );
  if (!signed.ok) throw new Error('not signed');
  return signed.note;
};

describe('signTreeHead', () => {
  it('signs the tree head as a checkpoint, keeps it and returns it', async () => {
    const { store, note, root } = await signedStory();
    const lines = note.split('\n');
    expect(lines.slice(0, 4)).toEqual([origin, '18', Buffer.from(root, 'hex').toString('base64'), '']);
    expect(await store.tree?.checkpoints.list()).toEqual([{ treeSize: 18n, note }]);
  });

  it('refuses a store without a tree', async () => {
    const { tree: _tree, ...bare } = inMemoryEventStore();
    expect(await signTreeHead(bare, signer, origin)).toEqual({ ok: false, failure: { kind: 'no-tree' } });
  });
});

describe('verifyLog', async () => {
  const { store, note, root, log } = await signedStory();

  it('reports an intact log against its kept checkpoint and a given one', async () => {
    expect(await verifyLog(store, { checkpoints: [note], keys: [key], origin })).toEqual({
      ok: true,
      streams: 1,
      events: 18,
      checkpoints: 2,
      findings: [],
    });
  });

  it('names a checkpoint signed by a key it was not given', async () => {
    const other = logKeys(origin).key;
    const report = await verifyLog(store, { keys: [other] });
    const signature = /\u2014 (\S+) (\S+)\n$/.exec(note);
    expect(report.findings).toEqual([
      {
        kind: 'bad-checkpoint',
        checkpoint: { source: 'kept', index: 0 },
        failure: {
          kind: 'no-known-signature',
          unknown: [{ keyName: origin, keyId: signer.keyId, base64: signature?.[2], line: 5 }],
        },
      },
    ]);
  });

  it('names a truncated log: events removed, and the leaf where the log holds nothing', async () => {
    const report = await verifyLog(
      tampered(store, (events) => events.slice(0, 15), log),
      { keys: [key] },
    );
    expect(report.findings.slice(0, 1)).toEqual([
      {
        kind: 'checkpoint-beyond-log',
        checkpoint: { source: 'kept', index: 0 },
        treeSize: 18n,
        events: 15,
        firstDifference: { leafIndex: 15, event: null },
      },
    ]);
    expect(report.findings.map((f) => f.kind)).toEqual(['checkpoint-beyond-log', 'tree-head-differs']);
    expect(report.findings.slice(0, 1).map((f) => describeLogFinding(f))).toEqual([
      'the log holds 15 events but kept checkpoint 1 signs 18: events were removed; the log holds nothing at leaf 15 any more',
    ]);
  });

  it('names the first event of a rewrite whose hash chain was sealed again', async () => {
    const rewritten = (events: readonly RecordedEvent[]) =>
      resealFrom(
        events.map((event, i) =>
          i === 5 ? { ...event, data: { ...Object(event.data), note: 'x' } } : event,
        ),
        5,
      );
    const altered = rewritten(log);
    const report = await verifyLog(tampered(store, rewritten, log), { keys: [key] });
    expect(report.findings[0]).toEqual({
      kind: 'checkpoint-root-differs',
      checkpoint: { source: 'kept', index: 0 },
      treeSize: 18n,
      signedRoot: root,
      logRoot: rootOf(altered),
      firstDifference: { leafIndex: 5, event: { position: 6n, streamId, revision: 5n } },
    });
    expect(report.findings[1]).toEqual({
      kind: 'tree-head-differs',
      stored: { size: 18, root },
      recomputed: { size: 18, root: rootOf(altered) },
    });
    expect(
      report.findings.slice(2).map((f) => (f.kind === 'stored-node-differs' ? [f.level, f.index] : f.kind)),
    ).toEqual([
      [0, 5],
      [1, 2],
      [0, 6],
      [0, 7],
      [1, 3],
      [2, 1],
      [3, 0],
      [0, 8],
      [0, 9],
      [1, 4],
      [0, 10],
      [0, 11],
      [1, 5],
      [2, 2],
      [0, 12],
      [0, 13],
      [1, 6],
      [0, 14],
      [0, 15],
      [1, 7],
    ]);
    expect(report.findings.slice(0, 1).map((f) => describeLogFinding(f))).toEqual([
      `the log's first 18 events differ from what kept checkpoint 1 signed (root ${root}, the log gives ${rootOf(altered)}): truncation, deletion, rewrite, insertion or reordering at or before position 6; first differing event: leaf 5, position 6, stream ${streamId} revision 5`,
    ]);
  });

  it('names the event now at the leaf of a deleted one', async () => {
    const deleted = (events: readonly RecordedEvent[]) => events.filter((_, i) => i !== 5);
    const report = await verifyLog(tampered(store, deleted, log), { keys: [key] });
    expect(report.findings.slice(0, 2)).toEqual([
      {
        kind: 'broken-chain',
        event: report.findings[0]?.kind === 'broken-chain' ? report.findings[0].event : null,
      },
      {
        kind: 'checkpoint-beyond-log',
        checkpoint: { source: 'kept', index: 0 },
        treeSize: 18n,
        events: 17,
        firstDifference: { leafIndex: 5, event: { position: 7n, streamId, revision: 6n } },
      },
    ]);
  });

  it('names a fork: a checkpoint of the same size with another root', async () => {
    const forged = await signedFake(18n, 7);
    const report = await verifyLog(store, { checkpoints: [forged], keys: [key] });
    const fake = '07'.repeat(32);
    expect(report.findings).toEqual([
      {
        kind: 'checkpoint-root-differs',
        checkpoint: { source: 'given', index: 0 },
        treeSize: 18n,
        signedRoot: fake,
        logRoot: root,
        firstDifference: null,
      },
      {
        kind: 'fork',
        treeSize: 18n,
        first: { source: 'given', index: 0 },
        firstRoot: fake,
        second: { source: 'kept', index: 0 },
        secondRoot: root,
      },
    ]);
  });

  it('names an older checkpoint the newer one is not consistent with, by a proof from the stored nodes', async () => {
    const forged = await signedFake(10n, 9);
    const report = await verifyLog(store, { checkpoints: [forged], keys: [key] });
    expect(report.findings).toEqual([
      {
        kind: 'checkpoint-root-differs',
        checkpoint: { source: 'given', index: 0 },
        treeSize: 10n,
        signedRoot: '09'.repeat(32),
        logRoot: rootOf(log.slice(0, 10)),
        firstDifference: null,
      },
      {
        kind: 'inconsistent-checkpoints',
        first: { source: 'given', index: 0 },
        firstSize: 10n,
        second: { source: 'kept', index: 0 },
        secondSize: 18n,
        reason: 'first-root-mismatch',
      },
    ]);
  });

  it('accepts an older checkpoint of the same log (signed when it held 10 events), and names one signing more than the log holds', async () => {
    const { store: growing } = await writeStory(foundingStory.slice(0, 10));
    const older = await signTreeHead(growing, signer, origin);
    const beyond = await signedFake(30n, 1);
    const report = await verifyLog(store, {
      checkpoints: [older.ok ? older.note : '', beyond],
      keys: [key],
    });
    expect(report.findings).toEqual([
      {
        kind: 'checkpoint-beyond-log',
        checkpoint: { source: 'given', index: 1 },
        treeSize: 30n,
        events: 18,
        firstDifference: null,
      },
    ]);
  });
});
