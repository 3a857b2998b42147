import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type Checkpoint,
  ed25519Signer,
  formatCheckpoint,
  parseCheckpoint,
  parseVerifierKey,
  signCheckpoint,
  verifyCheckpoint,
} from '../../src/index.js';
import {
  peterSignerKey,
  peterVerifierKey,
  sumdbCheckpoint,
  sumdbVerifierKey,
  tlogTree,
} from './go-vectors.js';

// RFC 6962 leaf hash, as sumdb/tlog's RecordHash computes it.
const recordHash = (data: string): Uint8Array =>
  new Uint8Array(
    createHash('sha256')
      .update(Buffer.from([0]))
      .update(data)
      .digest(),
  );

const helloTree: Checkpoint = {
  origin: 'go.sum database tree',
  treeSize: 123456789012n,
  rootHash: recordHash('hello world'),
  extensions: [],
};

describe('parseCheckpoint', () => {
  it("reads Go tlog's tree note", () => {
    expect(parseCheckpoint(tlogTree)).toEqual({ ok: true, checkpoint: helloTree });
  });

  it('reads the example of c2sp.org/tlog-checkpoint with its extension lines', () => {
    const text =
      'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\nfirst\nsecond ext\n';
    expect(parseCheckpoint(text)).toEqual({
      ok: true,
      checkpoint: {
        origin: 'example.com/behind-the-sofa',
        treeSize: 20852163n,
        rootHash: new Uint8Array(Buffer.from('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=', 'base64')),
        extensions: ['first', 'second ext'],
      },
    });
  });

  const hash = 'TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=';
  it.each([
    ['no final newline', `o\n1\n${hash}`, 'missing-final-newline', 3],
    ['two lines', 'o\n1\n', 'too-few-lines', 3],
    ['nothing', '\n', 'empty-line', 1],
    ['an empty origin', `\n1\n${hash}\n`, 'empty-line', 1],
    ['an empty extension line', `o\n1\n${hash}\n\next\n`, 'empty-line', 4],
    ['a leading zero', `o\n01\n${hash}\n`, 'bad-tree-size', 2],
    ['a sign', `o\n+1\n${hash}\n`, 'bad-tree-size', 2],
    ['a negative size', `o\n-1\n${hash}\n`, 'bad-tree-size', 2],
    ['a size past int64', `o\n9223372036854775808\n${hash}\n`, 'bad-tree-size', 2],
    ['a hex size', `o\n0x10\n${hash}\n`, 'bad-tree-size', 2],
    ['base64url', `o\n1\n${hash.replace('+', '-')}\n`, 'root-hash-not-base64', 3],
    ['unpadded base64', `o\n1\n${hash.slice(0, -1)}\n`, 'root-hash-not-base64', 3],
    ['stray bits', `o\n1\n${hash.slice(0, -2)}1=\n`, 'root-hash-not-base64', 3],
    ['a 31-byte hash', `o\n1\n${Buffer.alloc(31).toString('base64')}\n`, 'root-hash-wrong-length', 3],
    ['a tab', `o\t\n1\n${hash}\n`, 'control-character', 1],
  ])('rejects a body with %s', (_, text, problem, line) => {
    expect(parseCheckpoint(text)).toEqual({ ok: false, problem, line });
  });

  it('accepts the largest int64 and an empty tree', () => {
    const max = parseCheckpoint(`o\n9223372036854775807\n${hash}\n`);
    const empty = parseCheckpoint(`o\n0\n${hash}\n`);
    expect([max.ok && max.checkpoint.treeSize, empty.ok && empty.checkpoint.treeSize]).toEqual([
      9223372036854775807n,
      0n,
    ]);
  });
});

describe('formatCheckpoint', () => {
  it("writes Go tlog's tree note", () => {
    expect(formatCheckpoint(helloTree)).toEqual({ ok: true, text: tlogTree });
  });

  it('round-trips a checkpoint with extensions', () => {
    const checkpoint = { ...helloTree, extensions: ['a', 'b c'] };
    const text = formatCheckpoint(checkpoint);
    expect(text.ok && parseCheckpoint(text.text)).toEqual({ ok: true, checkpoint });
  });

  it.each([
    ['an empty origin', { origin: '' }, 'empty-line', 1],
    ['a newline in the origin', { origin: 'a\nb' }, 'control-character', 1],
    ['a negative size', { treeSize: -1n }, 'bad-tree-size', 2],
    ['a short hash', { rootHash: new Uint8Array(31) }, 'root-hash-wrong-length', 3],
    ['an empty extension', { extensions: ['x', ''] }, 'empty-line', 5],
  ])('refuses %s', (_, change, problem, line) => {
    expect(formatCheckpoint({ ...helloTree, ...change })).toEqual({ ok: false, problem, line });
  });
});

describe('verifyCheckpoint', () => {
  const sumdbKey = parseVerifierKey(sumdbVerifierKey);
  const peterKey = parseVerifierKey(peterVerifierKey);
  if (!sumdbKey.ok || !peterKey.ok) throw new Error('test keys do not parse');

  it('verifies a tree head signed by sum.golang.org', () => {
    expect(verifyCheckpoint(sumdbCheckpoint, [sumdbKey.key], { origin: 'go.sum database tree' })).toEqual({
      ok: true,
      checkpoint: {
        origin: 'go.sum database tree',
        treeSize: 6476701n,
        rootHash: new Uint8Array(Buffer.from('mb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk=', 'base64')),
        extensions: [],
      },
      verified: [
        {
          keyName: 'sum.golang.org',
          keyId: 0x033de0ae,
          base64:
            'Az3grsLX85Gz+s1SiTbgkuqxgItqFq7gsMUEyVnrsa9LM7Us9S+1xbFIGu95949rj4nPRYfvimWEPWL+o3GeoWwOoAw=',
          line: 5,
        },
      ],
      unknown: [],
    });
  });

  it('rejects it with a changed tree size, or from another origin than expected', () => {
    expect([
      verifyCheckpoint(sumdbCheckpoint.replace('6476701', '6476702'), [sumdbKey.key]),
      verifyCheckpoint(sumdbCheckpoint, [sumdbKey.key], { origin: 'claims.example/log' }),
    ]).toEqual([
      {
        ok: false,
        failure: { kind: 'bad-signature', line: 5, keyName: 'sum.golang.org', keyId: 0x033de0ae },
      },
      {
        ok: false,
        failure: { kind: 'unexpected-origin', expected: 'claims.example/log', found: 'go.sum database tree' },
      },
    ]);
  });

  it('signs a checkpoint so that it verifies, and names a validly signed body that is no checkpoint', async () => {
    const signer = ed25519Signer(peterSignerKey);
    if (!signer.ok) throw new Error(signer.problem);
    const signed = await signCheckpoint(helloTree, [signer.signer]);
    if (!signed.ok) throw new Error(signed.failure.kind);
    expect(verifyCheckpoint(signed.note, [peterKey.key])).toMatchObject({ ok: true, checkpoint: helloTree });
    const notACheckpoint = await signCheckpoint({ ...helloTree, rootHash: new Uint8Array(3) }, [
      signer.signer,
    ]);
    expect(notACheckpoint).toEqual({
      ok: false,
      failure: { kind: 'bad-checkpoint', problem: 'root-hash-wrong-length', line: 3 },
    });
  });
});
