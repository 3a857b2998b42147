import { describePackFinding, parsePack, verifyPack } from '@parcel-claims/audit';
import {
  type EventStore,
  inMemoryEventStore,
  parseVerifierKey,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';

const parcel = 'TSS-2026-000042';
const store = ['--store', 'memory:'];

/** A log on which several runs work: one store, one set of files. */
const workspace = (log: EventStore = inMemoryEventStore()) => {
  const files = new Map<string, string>();
  const cli = async (args: readonly string[], on: EventStore = log) => {
    const captured = memoryIo({ files, store: on });
    const code = await run(args, captured.io);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  };
  return { files, cli, log };
};

/** Demo story written, a key pair made and a checkpoint signed, kept and saved to `cp.txt`. */
const signedWorkspace = async () => {
  const ws = workspace();
  expect((await ws.cli(['demo', ...store])).code).toBe(0);
  expect((await ws.cli(['keygen', '--name', 'claims.example/log', '--out', 'keys/log'])).code).toBe(0);
  const signed = await ws.cli(['checkpoint', '--key', 'keys/log.key', ...store]);
  ws.files.set('cp.txt', signed.stdout);
  const keyId = (ws.files.get('keys/log.pub') ?? '').split('+')[1] ?? '';
  return { ...ws, signed, keyId };
};

describe('parcel-claims checkpoint, checkpoints, verify --all against checkpoints', () => {
  it('signs the tree head with the key in the file, keeps it and prints it, never the key', async () => {
    const { signed, files, log } = await signedWorkspace();
    const kept = await log.tree?.checkpoints.list();
    expect([signed.code, signed.stderr, kept]).toEqual([0, '', [{ treeSize: 18n, note: signed.stdout }]]);
    expect(signed.stdout.split('\n').slice(0, 2)).toEqual(['claims.example/log', '18']);
    // PRIVATE+KEY+<name>+<key id>+<key>: the key's base64 may hold '+' itself.
    const secret = (files.get('keys/log.key') ?? '').trim().split('+').slice(4).join('+');
    expect(secret.length).toBeGreaterThan(40);
    expect(signed.stdout.includes(secret)).toBe(false);
  });

  it('names a key file that is missing or holds no signer key', async () => {
    const { cli, files } = workspace();
    files.set('pub.txt', 'claims.example/log+01234567+AAAA\n');
    expect([
      await cli(['checkpoint', '--key', 'none.key', ...store]),
      await cli(['checkpoint', '--key', 'pub.txt', ...store]),
    ]).toEqual([
      {
        code: 2,
        stdout: '',
        stderr:
          "parcel-claims checkpoint: cannot read the signer key none.key: Error: ENOENT: no such file or directory, open 'none.key'\n",
      },
      {
        code: 2,
        stdout: '',
        stderr: 'parcel-claims checkpoint: pub.txt does not hold a signer key (missing-private-key-prefix)\n',
      },
    ]);
  });

  it('lists the kept checkpoints and exports them for verify --checkpoint', async () => {
    const { cli, keyId, files, signed } = await signedWorkspace();
    const listed = await cli(['checkpoints', ...store]);
    const exported = await cli(['checkpoints', '--out', 'all.json', ...store]);
    expect([listed, exported, JSON.parse(files.get('all.json') ?? '')]).toEqual([
      { code: 0, stdout: `size 18  signed by claims.example/log+${keyId}  claims.example/log\n`, stderr: '' },
      { code: 0, stdout: 'Wrote 1 checkpoint(s) to all.json.\n', stderr: '' },
      {
        format: 'parcel-claims/checkpoints',
        version: 1,
        checkpoints: [{ treeSize: '18', note: signed.stdout }],
      },
    ]);
    const verified = await cli([
      'verify',
      '--all',
      '--checkpoint',
      'all.json',
      '--pubkey',
      'keys/log.pub',
      ...store,
    ]);
    expect(verified).toEqual({
      code: 0,
      stdout:
        "OK 1 stream(s), 18 event(s), 2 checkpoint(s) checked: every hash chain intact, the stored tree is the log's, every checkpoint verifies and agrees with the log.\n",
      stderr: '',
    });
  });

  it('names what a truncated log no longer holds, with exit 1, as text and as JSON', async () => {
    const { cli, log } = await signedWorkspace();
    const events: RecordedEvent[] = [];
    for await (const batch of log.readAll()) events.push(...batch);
    const truncated: EventStore = {
      ...log,
      readAll: async function* () {
        yield events.slice(0, 15);
      },
      readStream: async (id) => events.slice(0, 15).filter((e) => e.streamId === id),
    };
    const args = ['verify', '--all', '--checkpoint', 'cp.txt', '--pubkey', 'keys/log.pub', ...store];
    const text = await cli(args, truncated);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')).toEqual([
      'FINDING the log holds 15 events but checkpoint cp.txt signs 18: events were removed; the log holds nothing at leaf 15 any more',
      'FINDING the log holds 15 events but kept checkpoint 1 signs 18: events were removed; the log holds nothing at leaf 15 any more',
      text.stdout.split('\n')[2],
      '1 stream(s), 15 event(s), 2 checkpoint(s) checked: 3 finding(s).',
      '',
    ]);
    expect(text.stdout.split('\n')[2]?.startsWith('FINDING the stored tree head (18 events, root ')).toBe(
      true,
    );
    const json = await cli([...args, '--json'], truncated);
    const report = JSON.parse(json.stdout);
    expect([json.code, report.ok, report.findings.map((f: { kind: string }) => f.kind)]).toEqual([
      1,
      false,
      ['checkpoint-beyond-log', 'checkpoint-beyond-log', 'tree-head-differs'],
    ]);
    expect(report.findings[0]).toEqual({
      kind: 'checkpoint-beyond-log',
      checkpoint: { source: 'given', index: 0 },
      treeSize: '18',
      events: 15,
      firstDifference: { leafIndex: 15, event: null },
      description:
        'the log holds 15 events but checkpoint cp.txt signs 18: events were removed; the log holds nothing at leaf 15 any more',
    });
  });

  it('names a checkpoint signed by a key it was not given, and refuses --checkpoint without --pubkey', async () => {
    const { cli, keyId, files } = await signedWorkspace();
    expect((await cli(['keygen', '--name', 'claims.example/log', '--out', 'keys/other'])).code).toBe(0);
    const other = await cli(['verify', '--all', '--pubkey', 'keys/other.pub', ...store]);
    expect(other).toEqual({
      code: 1,
      stdout: [
        `FINDING kept checkpoint 1 is not accepted: no key given signed it; it is signed by unknown key(s) claims.example/log (id ${keyId})`,
        '1 stream(s), 18 event(s), 1 checkpoint(s) checked: 1 finding(s).',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(files.has('keys/other.pub')).toBe(true);
    expect(await cli(['verify', '--all', '--checkpoint', 'cp.txt', ...store])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parcel-claims verify: give --pubkey <file> to check the signatures of the checkpoints\n',
    });
  });
});

describe('parcel-claims prove and verify-pack', () => {
  it('keygen, demo, checkpoint, prove, verify-pack; a tampered pack exits 1 naming the path', async () => {
    const { cli, files } = await signedWorkspace();
    const proved = await cli(['prove', parcel, '--checkpoint', 'cp.txt', '--out', 'pack.json', ...store]);
    expect(proved).toEqual({
      code: 0,
      stdout: `Wrote pack.json: parcel ${parcel}, 18 event(s) and 5 document(s) proved against a checkpoint of 18 events.\n`,
      stderr: '',
    });
    const verified = await cli(['verify-pack', 'pack.json', '--pubkey', 'keys/log.pub']);
    const root = Buffer.from(files.get('cp.txt')?.split('\n')[2] ?? '', 'base64').toString('hex');
    expect(verified).toEqual({
      code: 0,
      stdout: `OK parcel-${parcel}: 18 event(s), 5 document(s), against checkpoint claims.example/log of 18 events (root ${root}) signed by claims.example/log: every hash, link, inclusion proof and document hash verifies.\n`,
      stderr: '',
    });

    const pack = JSON.parse(files.get('pack.json') ?? '');
    pack.events[3].data.reference = 'forged';
    files.set('pack.json', JSON.stringify(pack));
    const tampered = await cli(['verify-pack', 'pack.json', '--pubkey', 'keys/log.pub']);
    const key = parseVerifierKey((files.get('keys/log.pub') ?? '').trim());
    const parsed = parsePack(files.get('pack.json') ?? '');
    const findings = parsed.ok && key.ok ? verifyPack(parsed.pack, [key.key]).findings : [];
    expect(findings.map((f) => [f.kind, f.path])).toEqual([['content-hash-differs', '$.events[3]']]);
    expect(tampered).toEqual({
      code: 1,
      stdout: [
        `FINDING ${findings.map(describePackFinding).join('')}`,
        `parcel-${parcel}: 18 event(s), 5 document(s), against checkpoint claims.example/log of 18 events (root ${root}) signed by claims.example/log: 1 finding(s).`,
        '',
      ].join('\n'),
      stderr: '',
    });

    pack.events[2].revision = 2;
    files.set('pack.json', JSON.stringify(pack));
    expect(await cli(['verify-pack', 'pack.json', '--pubkey', 'keys/log.pub'])).toEqual({
      code: 1,
      stdout:
        'MALFORMED pack.json is not an evidence pack: $.events[2].revision: expected DecimalString, found 2\n',
      stderr: '',
    });
  });

  it('shows hostile text from a pack escaped', async () => {
    const { cli, files } = await signedWorkspace();
    await cli(['prove', parcel, '--out', 'pack.json', ...store]);
    const pack = JSON.parse(files.get('pack.json') ?? '');
    pack.streamId = 'parcel-\u001b[2J\u202e';
    files.set('pack.json', JSON.stringify(pack));
    const checked = await cli(['verify-pack', 'pack.json', '--pubkey', 'keys/log.pub']);
    const lines = checked.stdout.split('\n');
    expect([checked.code, lines.length, lines[0], lines.at(-2)?.split(':')[0]]).toEqual([
      1,
      20,
      `FINDING $.events[0].streamId (parcel-${parcel} revision 0): not of the pack's stream parcel-\\u001b[2J\\u202e`,
      'parcel-\\u001b[2J\\u202e',
    ]);
  });

  it('proves against the newest kept checkpoint by default, and says why it cannot prove', async () => {
    const { cli } = await signedWorkspace();
    expect(await cli(['prove', parcel, '--out', 'p.json', ...store])).toEqual({
      code: 0,
      stdout: `Wrote p.json: parcel ${parcel}, 18 event(s) and 5 document(s) proved against a checkpoint of 18 events.\n`,
      stderr: '',
    });
    expect(await cli(['prove', 'TSS-2026-000099', '--out', 'p.json', ...store])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "parcel-claims prove: stream parcel-TSS-2026-000099 has no event within the checkpoint's 18 events\n",
    });
    const empty = workspace();
    expect(await empty.cli(['prove', parcel, '--out', 'p.json', ...store])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'parcel-claims prove: the store keeps no checkpoint; sign one with `parcel-claims checkpoint --key <file>` or give --checkpoint <file>\n',
    });
  });

  it('exits 2 for a pack or key it cannot read, and prints JSON with --json', async () => {
    const { cli } = await signedWorkspace();
    await cli(['prove', parcel, '--out', 'pack.json', ...store]);
    const json = await cli(['verify-pack', 'pack.json', '--pubkey', 'keys/log.pub', '--json']);
    expect([json.code, JSON.parse(json.stdout).ok, JSON.parse(json.stdout).findings]).toEqual([0, true, []]);
    expect([
      await cli(['verify-pack', 'none.json', '--pubkey', 'keys/log.pub']),
      await cli(['verify-pack', 'pack.json', '--pubkey', 'keys/log.key']),
      await cli(['verify-pack', 'pack.json']),
    ]).toEqual([
      {
        code: 2,
        stdout: '',
        stderr:
          "parcel-claims verify-pack: cannot read none.json: Error: ENOENT: no such file or directory, open 'none.json'\n",
      },
      {
        code: 2,
        stdout: '',
        stderr: 'parcel-claims verify-pack: keys/log.key does not hold a verifier key (bad-key-id)\n',
      },
      {
        code: 2,
        stdout: '',
        stderr:
          'parcel-claims verify-pack: give --pubkey <file>: the key the checkpoint must be signed with\n',
      },
    ]);
  });
});

describe('parcel-claims audit and report against a checkpoint', () => {
  it('audit shows the checkpoint and each event as included; without --pubkey a --checkpoint is refused', async () => {
    const { cli, files, keyId } = await signedWorkspace();
    const root = Buffer.from(files.get('cp.txt')?.split('\n')[2] ?? '', 'base64').toString('hex');
    const audited = await cli([
      'audit',
      parcel,
      '--checkpoint',
      'cp.txt',
      '--pubkey',
      'keys/log.pub',
      ...store,
    ]);
    const lines = audited.stdout.split('\n');
    expect([audited.code, audited.stderr, lines.slice(-21)]).toEqual([
      0,
      '',
      [
        '',
        `Checkpoint claims.example/log: 18 events, root ${root}, signed by claims.example/log+${keyId}`,
        ...Array.from({ length: 18 }, (_, i) => `  rev ${i}  position ${i + 1}  leaf ${i}  included`),
        '',
      ],
    ]);
    expect(await cli(['audit', parcel, '--checkpoint', 'cp.txt', ...store])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parcel-claims audit: give --pubkey <file> to check the signature of the checkpoint\n',
    });
  });

  it('audit exits 1 when the checkpoint is not signed by a key given', async () => {
    const { cli, keyId } = await signedWorkspace();
    await cli(['keygen', '--name', 'other.example/log', '--out', 'keys/other']);
    expect(await cli(['audit', parcel, '--pubkey', 'keys/other.pub', ...store])).toEqual({
      code: 1,
      stdout: '',
      stderr: `parcel-claims audit: the checkpoint is not accepted: no key given signed it; it is signed by unknown key(s) claims.example/log (id ${keyId})\n`,
    });
  });

  it('report adds the checkpoint section to the HTML and counts the events in it', async () => {
    const { cli, files, keyId } = await signedWorkspace();
    const written = await cli(['report', parcel, '--html', 'r.html', '--pubkey', 'keys/log.pub', ...store]);
    expect(written).toEqual({
      code: 0,
      stdout: `Wrote r.html: parcel ${parcel}, 18 events, 0 rule violation(s), hash chain intact, against a checkpoint of 18 events: 18 included, 0 after it, 0 not included.\n`,
      stderr: '',
    });
    const html = files.get('r.html') ?? '';
    const section = html.slice(html.indexOf('<h2>Checkpoint</h2>'), html.indexOf('</body>'));
    const root = Buffer.from(files.get('cp.txt')?.split('\n')[2] ?? '', 'base64').toString('hex');
    expect(section.split('\n').slice(0, 4)).toEqual([
      '<h2>Checkpoint</h2>',
      `<p id="checkpoint" class="facts">Checked against claims.example/log: 18 events, root ${root}, signed by claims.example/log+${keyId}.</p>`,
      '<table id="inclusion"><thead><tr><th>rev</th><th>position</th><th>leaf</th><th>status</th></tr></thead><tbody>',
      '<tr><td>0</td><td>1</td><td>0</td><td>included</td></tr>',
    ]);
  });
});
