import { foundingStory } from '@parcel-claims/core/founding-story';
import {
  eventHash,
  hashInputOf,
  hashToHex,
  inclusionProof,
  inMemoryEventStore,
  type RecordedEvent,
  signCheckpoint,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  checkInclusion,
  describePackFinding,
  type EvidencePack,
  formatInclusion,
  packToJson,
  parsePack,
  proveParcel,
  signTreeHead,
  verifyPack,
} from '../src/index.js';
import { writeFoundingStory, writeStory } from './support/founding-story.js';
import { logKeys, rootOf } from './support/log-keys.js';

const origin = 'claims.example/log';
const parcelId = 'TSS-2026-000042';
const streamId = `parcel-${parcelId}`;
const { signer, key } = logKeys(origin);

const signedStory = async () => {
  const { store } = await writeFoundingStory();
  const signed = await signTreeHead(store, signer, origin);
  if (!signed.ok) throw new Error('not signed');
  return { store, note: signed.note };
};

const packOf = async (): Promise<{
  readonly pack: EvidencePack;
  readonly events: readonly RecordedEvent[];
}> => {
  const { store, note } = await signedStory();
  const made = await proveParcel(store, { parcelId }, { checkpoint: note });
  if (!made.ok) throw new Error(`no pack: ${made.failure.kind}`);
  return { pack: made.pack, events: await store.readStream(streamId) };
};

type Json = Record<string, unknown>;

/** The pack as plain JSON, changed by `alter`, read back and verified. */
const tamperedReport = (pack: EvidencePack, alter: (json: Json) => void, keys = [key]) => {
  const json: Json = JSON.parse(packToJson(pack));
  alter(json);
  const parsed = parsePack(JSON.stringify(json));
  if (!parsed.ok) throw new Error(`${parsed.problem.path}: ${parsed.problem.message}`);
  return verifyPack(parsed.pack, keys);
};

const at = (json: unknown, ...path: readonly (string | number)[]): Json => {
  let value: unknown = json;
  for (const step of path) value = Object(value)[step];
  return Object(value);
};

const hashOf = (event: Json): string => {
  const parsed = parsePack(JSON.stringify({ ...packShell, events: [event] }));
  if (!parsed.ok) throw new Error(parsed.problem.path);
  const [first] = parsed.pack.events;
  if (first === undefined) throw new Error('no event');
  const hash = eventHash(hashInputOf(first));
  if (E.isLeft(hash)) throw new Error(hash.left);
  return hash.right;
};

const packShell = {
  format: 'parcel-claims/evidence-pack',
  version: 1,
  streamId,
  checkpoint: '',
  documents: [],
};

describe('proveParcel', async () => {
  const { store, note } = await signedStory();
  const events = await store.readStream(streamId);

  it('packs every event of the stream with its leaf index and inclusion proof, and the documents', async () => {
    const made = await proveParcel(store, { parcelId }, { checkpoint: note });
    const tree = store.tree;
    if (tree === undefined) throw new Error('no tree');
    const proofs = await Promise.all(events.map((_, i) => inclusionProof(tree.nodes, i, 18)));
    expect(made).toEqual({
      ok: true,
      pack: {
        format: 'parcel-claims/evidence-pack',
        version: 1,
        streamId,
        checkpoint: note,
        events: events.map((event, i) => ({
          streamId,
          revision: event.revision,
          position: event.position,
          eventId: event.eventId,
          type: event.type,
          data: event.data,
          metadata: event.metadata,
          leafIndex: i,
          inclusionProof: proofs[i]?.ok ? proofs[i].proof.map(hashToHex) : [],
        })),
        documents: events.flatMap((event) =>
          event.type === 'DocumentAttached'
            ? [
                {
                  revision: event.revision,
                  documentType: at(event.data).documentType,
                  providedBy: at(event.data).providedBy,
                  reference: at(event.data).reference,
                  contentHash: at(event.data).contentHash,
                },
              ]
            : [],
        ),
      },
    });
    expect(made.ok && made.pack.documents.length).toBe(5);
  });

  it('reads back what it wrote, and the pack verifies offline', async () => {
    const { pack } = await packOf();
    const parsed = parsePack(packToJson(pack));
    expect(parsed).toEqual({ ok: true, pack });
    const root = Buffer.from(note.split('\n')[2] ?? '', 'base64').toString('hex');
    expect(verifyPack(pack, [key])).toEqual({
      ok: true,
      streamId,
      checkpoint: { origin, treeSize: 18n, root },
      signedBy: [origin],
      events: 18,
      documents: 5,
      findings: [],
    });
  });

  it('packs only the events within the checkpoint', async () => {
    const growing = inMemoryEventStore();
    await writeStory(foundingStory.slice(0, 7), growing);
    const early = await signTreeHead(growing, signer, origin);
    await writeStory(foundingStory.slice(7), growing);
    const made = await proveParcel(growing, { streamId }, { checkpoint: early.ok ? early.note : '' });
    expect(
      made.ok && made.pack.events.map((e) => [e.revision, e.leafIndex, e.inclusionProof.length]),
    ).toEqual([
      [0n, 0, 3],
      [1n, 1, 3],
      [2n, 2, 3],
      [3n, 3, 3],
      [4n, 4, 3],
      [5n, 5, 3],
      [6n, 6, 2],
    ]);
    expect(made.ok && verifyPack(made.pack, [key]).ok).toBe(true);
  });

  it('refuses a checkpoint beyond the tree, of another log, malformed, and a stream with no event in it', async () => {
    const small = inMemoryEventStore();
    await writeStory(foundingStory.slice(0, 3), small);
    const { tree: _tree, ...bare } = small;
    const forged = await signCheckpoint(
      { origin, treeSize: 3n, rootHash: new Uint8Array(32).fill(5), extensions: [] },
      [signer],
    );
    expect([
      await proveParcel(small, { parcelId }, { checkpoint: note }),
      await proveParcel(store, { parcelId: 'TSS-2026-000099' }, { checkpoint: note }),
      await proveParcel(store, { parcelId }, { checkpoint: 'not a note\n' }),
      await proveParcel(bare, { parcelId }, { checkpoint: note }),
      await proveParcel(store, { parcelId }, { checkpoint: forged.ok ? forged.note : '' }),
    ]).toEqual([
      { ok: false, failure: { kind: 'checkpoint-beyond-tree', treeSize: 18n, storedSize: 3 } },
      { ok: false, failure: { kind: 'no-events', streamId: 'parcel-TSS-2026-000099', treeSize: 18n } },
      { ok: false, failure: { kind: 'malformed-checkpoint', problem: 'no-signatures', line: 2 } },
      { ok: false, failure: { kind: 'no-tree' } },
      {
        ok: false,
        failure: {
          kind: 'checkpoint-not-of-this-log',
          treeSize: 3n,
          signedRoot: '05'.repeat(32),
          storedRoot: rootOf(events.slice(0, 3)),
        },
      },
    ]);
  });
});

describe('verifyPack on a tampered pack', async () => {
  const { pack } = await packOf();
  const original: Json = JSON.parse(packToJson(pack));
  const event3 = at(original, 'events', 3);
  const hash3 = String(at(event3, 'metadata').hash);
  const ref3 = { streamId, revision: 3n };
  const documentIndex = pack.documents.findIndex((d) => d.revision > 3n);
  const signatureLine = pack.checkpoint.split('\n').at(-2) ?? '';

  /** The findings for event 3 changed by `alter` when its hash no longer matches its content. */
  const contentChanged = (alter: (event: Json) => void) => {
    const changed: Json = JSON.parse(JSON.stringify(event3));
    alter(changed);
    return {
      kind: 'content-hash-differs',
      event: ref3,
      path: '$.events[3]',
      stored: hash3,
      recomputed: hashOf(changed),
    };
  };

  it.each([
    ['data', (e: Json) => Object.assign(at(e, 'data'), { reference: 'forged' })],
    ['type', (e: Json) => Object.assign(e, { type: 'ClaimWithdrawn' })],
    ['eventId', (e: Json) => Object.assign(e, { eventId: '00000000-0000-4000-8000-000000000000' })],
    [
      'metadata.recordedAt',
      (e: Json) => Object.assign(at(e, 'metadata'), { recordedAt: '2026-01-01T00:00:00Z' }),
    ],
    [
      'metadata.actor',
      (e: Json) => Object.assign(at(e, 'metadata'), { actor: { role: 'insurer', id: 'x' } }),
    ],
    ['metadata.commandId', (e: Json) => Object.assign(at(e, 'metadata'), { commandId: 'forged' })],
    ['metadata.schemaVersion', (e: Json) => Object.assign(at(e, 'metadata'), { schemaVersion: 2 })],
  ])('names event 3 whose %s was changed: its fields no longer hash to the signed hash', (_field, alter) => {
    const report = tamperedReport(pack, (json) => alter(at(json, 'events', 3)));
    expect(report.findings).toEqual([contentChanged(alter)]);
  });

  it('names a changed revision, out of sequence and hashed differently', () => {
    const alter = (e: Json) => Object.assign(e, { revision: '7' });
    const report = tamperedReport(pack, (json) => alter(at(json, 'events', 3)));
    expect(report.findings).toEqual([
      {
        kind: 'revision-out-of-sequence',
        event: { streamId, revision: 7n },
        path: '$.events[3].revision',
        expected: 3n,
      },
      { ...contentChanged(alter), event: { streamId, revision: 7n } },
    ]);
  });

  it('names a changed stream id', () => {
    const alter = (e: Json) => Object.assign(e, { streamId: 'parcel-TSS-2026-000043' });
    const report = tamperedReport(pack, (json) => alter(at(json, 'events', 3)));
    const ref = { streamId: 'parcel-TSS-2026-000043', revision: 3n };
    expect(report.findings).toEqual([
      { kind: 'wrong-stream', event: ref, path: '$.events[3].streamId', expected: streamId },
      { ...contentChanged(alter), event: ref },
    ]);
  });

  it('names a changed hash: the real one is the signed one, and the next link breaks', () => {
    const forged = '0'.repeat(64);
    const report = tamperedReport(pack, (json) =>
      Object.assign(at(json, 'events', 3, 'metadata'), { hash: forged }),
    );
    expect(report.findings).toEqual([
      {
        kind: 'stored-hash-differs',
        event: ref3,
        path: '$.events[3].metadata.hash',
        stored: forged,
        recomputed: hash3,
      },
      {
        kind: 'broken-link',
        event: { streamId, revision: 4n },
        path: '$.events[4].metadata.previousHash',
        expected: forged,
        found: hash3,
      },
    ]);
  });

  it('names a changed previous hash', () => {
    const forged = '1'.repeat(64);
    const alter = (e: Json) => Object.assign(at(e, 'metadata'), { previousHash: forged });
    const report = tamperedReport(pack, (json) => alter(at(json, 'events', 3)));
    expect(report.findings).toEqual([
      {
        kind: 'broken-link',
        event: ref3,
        path: '$.events[3].metadata.previousHash',
        expected: String(at(original, 'events', 2, 'metadata').hash),
        found: forged,
      },
      contentChanged(alter),
    ]);
  });

  it('names a hash format it does not know', () => {
    const report = tamperedReport(pack, (json) =>
      Object.assign(at(json, 'events', 3, 'metadata'), { hashVersion: 2 }),
    );
    expect(report.findings).toEqual([
      {
        kind: 'unknown-hash-version',
        event: ref3,
        path: '$.events[3].metadata.hashVersion',
        found: 2,
        known: [1],
      },
    ]);
    expect(report.findings.map(describePackFinding)).toEqual([
      `$.events[3].metadata.hashVersion (${streamId} revision 3): hash format 2 is not one this verifier knows (1)`,
    ]);
  });

  it('names a position that does not come after the previous one', () => {
    const report = tamperedReport(pack, (json) => Object.assign(at(json, 'events', 3), { position: '1' }));
    expect(report.findings).toEqual([
      { kind: 'position-out-of-order', event: ref3, path: '$.events[3].position', previous: 3n, found: 1n },
    ]);
  });

  it('names a changed leaf index: out of order, and its proof no longer leads to the root', () => {
    const report = tamperedReport(pack, (json) => Object.assign(at(json, 'events', 3), { leafIndex: 2 }));
    expect(report.findings).toEqual([
      { kind: 'leaf-out-of-order', event: ref3, path: '$.events[3].leafIndex', previous: 2n, found: 2n },
      {
        kind: 'not-included',
        event: ref3,
        path: '$.events[3].inclusionProof',
        leafIndex: 2,
        treeSize: 18n,
        reason: 'root-mismatch',
      },
    ]);
  });

  it('names a leaf index beyond the checkpoint', () => {
    const report = tamperedReport(pack, (json) => Object.assign(at(json, 'events', 17), { leafIndex: 18 }));
    expect(report.findings).toEqual([
      {
        kind: 'not-included',
        event: { streamId, revision: 17n },
        path: '$.events[17].leafIndex',
        leafIndex: 18,
        treeSize: 18n,
        reason: 'index-beyond-size',
      },
    ]);
  });

  const changeHash =
    (k: number) =>
    (proof: unknown[]): void => {
      proof[k] = 'f'.repeat(64);
    };

  it.each([
    ['hash 0 changed', changeHash(0), 'root-mismatch'],
    ['hash 1 changed', changeHash(1), 'root-mismatch'],
    ['hash 2 changed', changeHash(2), 'root-mismatch'],
    ['hash 3 changed', changeHash(3), 'root-mismatch'],
    ['hash 4 changed', changeHash(4), 'root-mismatch'],
    ['shortened', (proof: unknown[]) => proof.pop(), 'proof-too-short'],
    ['lengthened', (proof: unknown[]) => proof.push('e'.repeat(64)), 'proof-too-long'],
  ])('names event 3 whose inclusion proof was %s', (_how, alter, reason) => {
    const report = tamperedReport(pack, (json) => {
      const proof = at(json, 'events', 3).inclusionProof;
      if (Array.isArray(proof)) alter(proof);
    });
    expect(report.findings).toEqual([
      {
        kind: 'not-included',
        event: ref3,
        path: '$.events[3].inclusionProof',
        leafIndex: 3,
        treeSize: 18n,
        reason,
      },
    ]);
  });

  it('names a changed checkpoint text and a changed signature', () => {
    const changedText = tamperedReport(pack, (json) =>
      Object.assign(json, { checkpoint: String(json.checkpoint).replace('\n18\n', '\n17\n') }),
    );
    const badSignature = `${signatureLine.slice(0, -3)}${signatureLine.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const changedSignature = tamperedReport(pack, (json) =>
      Object.assign(json, { checkpoint: String(json.checkpoint).replace(signatureLine, badSignature) }),
    );
    const failure = { kind: 'bad-signature', line: 5, keyName: origin, keyId: signer.keyId };
    expect([changedText.findings, changedSignature.findings]).toEqual([
      [{ kind: 'checkpoint-not-accepted', path: '$.checkpoint', failure }],
      [{ kind: 'checkpoint-not-accepted', path: '$.checkpoint', failure }],
    ]);
    expect(describePackFinding(changedText.findings[0] ?? { kind: 'no-events', path: '' })).toBe(
      `$.checkpoint: the checkpoint is not accepted: the signature of key ${origin} (id ${signer.keyId.toString(16).padStart(8, '0')}) on line 5 does not verify`,
    );
  });

  it.each(['contentHash', 'reference', 'documentType', 'providedBy'])(
    'names a document whose %s was changed',
    (field) => {
      const document = pack.documents[documentIndex];
      const report = tamperedReport(pack, (json) =>
        Object.assign(at(json, 'documents', documentIndex), { [field]: 'forged' }),
      );
      expect(report.findings).toEqual([
        {
          kind: 'document-differs',
          event: { streamId, revision: document?.revision },
          path: `$.documents[${documentIndex}].${field}`,
          expected: document === undefined ? '' : String(document[field as keyof typeof document]),
          found: 'forged',
        },
      ]);
    },
  );

  it('names a document left out and one at a revision without a DocumentAttached event', () => {
    const document = pack.documents[documentIndex];
    const report = tamperedReport(pack, (json) =>
      Object.assign(at(json, 'documents', documentIndex), { revision: '0' }),
    );
    expect(report.findings).toEqual([
      { kind: 'document-without-event', path: `$.documents[${documentIndex}].revision`, revision: 0n },
      { kind: 'document-missing', event: { streamId, revision: document?.revision }, path: '$.documents' },
    ]);
  });

  it('names a key it was not given, and a different key of the same name', () => {
    const stranger = logKeys('someone.else/log').key;
    const sameName = logKeys(origin).key;
    const base64 = signatureLine.split(' ')[2] ?? '';
    const unknown = {
      kind: 'no-known-signature' as const,
      unknown: [{ keyName: origin, keyId: signer.keyId, base64, line: 5 }],
    };
    expect([verifyPack(pack, [stranger]).findings, verifyPack(pack, [sameName]).findings]).toEqual([
      [{ kind: 'checkpoint-not-accepted', path: '$.checkpoint', failure: unknown }],
      [{ kind: 'checkpoint-not-accepted', path: '$.checkpoint', failure: unknown }],
    ]);
    expect(
      describePackFinding({ kind: 'checkpoint-not-accepted', path: '$.checkpoint', failure: unknown }),
    ).toBe(
      `$.checkpoint: the checkpoint is not accepted: no key given signed it; it is signed by unknown key(s) ${origin} (id ${signer.keyId.toString(16).padStart(8, '0')})`,
    );
  });
});

describe('parsePack', async () => {
  const { pack } = await packOf();
  const reread = (alter: (json: Json) => void) => {
    const json: Json = JSON.parse(packToJson(pack));
    alter(json);
    return parsePack(JSON.stringify(json));
  };

  it('names the JSON path of what is malformed', () => {
    expect([
      parsePack('{"format":'),
      reread((json) => Object.assign(json, { format: 'other' })),
      reread((json) => Object.assign(json, { version: 2 })),
      reread((json) => Object.assign(at(json, 'events', 2), { revision: 2 })),
      reread((json) => Object.assign(at(json, 'events', 4, 'metadata'), { actor: 'insurer' })),
      reread((json) => delete at(json, 'events', 5, 'metadata').hash),
      reread((json) => Object.assign(at(json, 'events', 6, 'metadata'), { hashVersion: '1' })),
      reread((json) => Object.assign(at(json, 'events', 1), { inclusionProof: ['xyz'] })),
      reread((json) => Object.assign(at(json, 'events', 1), { leafIndex: -1 })),
      reread((json) => Object.assign(at(json, 'documents', 0), { revision: '01' })),
    ]).toEqual([
      { ok: false, problem: { path: '$', message: 'not JSON: Unexpected end of JSON input' } },
      {
        ok: false,
        problem: { path: '$.format', message: 'expected "parcel-claims/evidence-pack", found "other"' },
      },
      { ok: false, problem: { path: '$.version', message: 'expected 1, found 2' } },
      { ok: false, problem: { path: '$.events[2].revision', message: 'expected DecimalString, found 2' } },
      {
        ok: false,
        problem: { path: '$.events[4].metadata.actor', message: 'expected null, found "insurer"' },
      },
      {
        ok: false,
        problem: { path: '$.events[5].metadata.hash', message: 'expected string, found nothing' },
      },
      {
        ok: false,
        problem: { path: '$.events[6].metadata.hashVersion', message: 'expected number, found "1"' },
      },
      {
        ok: false,
        problem: { path: '$.events[1].inclusionProof[0]', message: 'expected HexHash, found "xyz"' },
      },
      { ok: false, problem: { path: '$.events[1].leafIndex', message: 'expected LeafIndex, found -1' } },
      {
        ok: false,
        problem: { path: '$.documents[0].revision', message: 'expected DecimalString, found "01"' },
      },
    ]);
  });
});

describe('checkInclusion', async () => {
  const growing = inMemoryEventStore();
  await writeStory(foundingStory.slice(0, 7), growing);
  const early = await signTreeHead(growing, signer, origin);
  await writeStory(foundingStory.slice(7), growing);
  const note = early.ok ? early.note : '';
  const events = await growing.readStream(streamId);

  it('names the checkpoint and each event as included or recorded after it', async () => {
    const checked = await checkInclusion(growing, streamId, { checkpoint: note, keys: [key] });
    expect(checked).toEqual({
      ok: true,
      inclusion: {
        origin,
        treeSize: 7n,
        root: rootOf(events.slice(0, 7)),
        signedBy: [`${origin}+${signer.keyId.toString(16).padStart(8, '0')}`],
        events: events.map((e, i) => ({
          revision: e.revision,
          position: e.position,
          leafIndex: i,
          status: i < 7 ? 'included' : 'after-checkpoint',
        })),
      },
    });
    expect(checked.ok && formatInclusion(checked.inclusion).slice(0, 2)).toEqual([
      `Checkpoint ${origin}: 7 events, root ${rootOf(events.slice(0, 7))}, signed by ${origin}+${signer.keyId.toString(16).padStart(8, '0')}`,
      '  rev 0  position 1  leaf 0  included',
    ]);
  });

  it('names an event whose stored hash is not the one under the checkpoint as not included', async () => {
    const altered = {
      ...growing,
      readStream: async (id: string) =>
        (await growing.readStream(id)).map((e) =>
          e.revision === 2n ? { ...e, metadata: { ...e.metadata, hash: '0'.repeat(64) } } : e,
        ),
    };
    const checked = await checkInclusion(altered, streamId, { checkpoint: note, keys: [key] });
    expect(checked.ok && checked.inclusion.events.slice(1, 4).map((e) => e.status)).toEqual([
      'included',
      'not-included',
      'included',
    ]);
  });

  it('refuses a checkpoint the keys do not accept, and a store without a tree', async () => {
    const { tree: _tree, ...bare } = growing;
    const other = logKeys('someone.else/log').key;
    const checked = await checkInclusion(growing, streamId, { checkpoint: note, keys: [other] });
    expect([
      checked.ok,
      !checked.ok && checked.failure.kind,
      await checkInclusion(bare, streamId, { checkpoint: note, keys: [key] }),
    ]).toEqual([false, 'checkpoint-not-accepted', { ok: false, failure: { kind: 'no-tree' } }]);
  });
});
