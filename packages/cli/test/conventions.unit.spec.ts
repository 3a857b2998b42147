import { readFile } from 'node:fs/promises';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { OpenStoreFailed, StoreNotFound } from '@parcel-claims/postgres';
import { describe, expect, it } from 'vitest';
import { type CliIo, exitCodes, run } from '../src/index.js';
import { commandNames } from './support/command-names.js';
import { memoryIo } from './support/memory-io.js';

const parcel = 'TSS-2026-000042';
const store = ['--store', 'memory:'];

/** The demo story, a key pair, a kept checkpoint and an evidence pack, on one log and one set of files. */
const workspace = async () => {
  const log = inMemoryEventStore();
  const files = new Map<string, string>();
  const cli = async (args: readonly string[], io: (io: CliIo) => CliIo = (given) => given) => {
    const captured = memoryIo({ files, store: log });
    const code = await run(args, io(captured.io));
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  };
  for (const args of [
    ['demo', ...store],
    ['keygen', '--name', 'claims.example/log', '--out', 'keys/log'],
    ['checkpoint', '--key', 'keys/log.key', ...store],
    ['prove', parcel, '--out', 'pack.json', ...store],
  ])
    expect((await cli(args)).code).toBe(0);
  const pack = files.get('pack.json') ?? '';
  files.set('tampered.json', pack.replace('"TSS-2026-000042"', '"TSS-2026-000043"'));
  return { log, files, cli };
};

/** A store that cannot be reached, as a server that refuses connections is reported. */
const unreachable = (io: CliIo): CliIo => ({
  ...io,
  openStore: async (url) => {
    throw new OpenStoreFailed({ url, reason: 'connect ECONNREFUSED 127.0.0.1:1', code: 'ECONNREFUSED' });
  },
});

/** No store where the URL points, as a read-only open reports it. */
const absent = (io: CliIo): CliIo => ({
  ...io,
  openStore: async (url) => {
    throw new StoreNotFound({ url, reason: 'no directory /nowhere' });
  },
});

/** A store that opens and then fails every read with an error nobody expected. */
const failing =
  (log: EventStore) =>
  (io: CliIo): CliIo => ({
    ...io,
    openStore: async (url) => ({
      store: {
        ...log,
        readStream: async () => {
          throw new Error('disk on fire');
        },
        readAll: () => {
          throw new Error('disk on fire');
        },
      },
      kind: 'memory',
      url,
      sql: null,
      close: async () => undefined,
    }),
  });

interface Case {
  readonly command: string;
  readonly ok: readonly string[];
  readonly finding?: readonly string[];
  readonly usage: readonly string[];
  /** The first line `usage` writes on standard error. */
  readonly usageError: string;
  /** Whether the command opens a store (and so can fail to reach one). */
  readonly store: boolean;
}

const cases: readonly Case[] = [
  {
    command: 'demo',
    ok: ['demo', ...store],
    usage: ['demo', '--claims', 'many', ...store],
    usageError:
      "error: option '--claims <n>' argument 'many' is invalid. --claims must be a whole number from 0",
    store: true,
  },
  {
    command: 'audit',
    ok: ['audit', parcel, ...store],
    finding: ['audit', 'NO-SUCH-PARCEL', ...store],
    usage: ['audit', parcel, '--revision', '-1', ...store],
    usageError: 'parcel-claims audit: --revision "-1" is not a revision (a whole number from 0)',
    store: true,
  },
  {
    command: 'verify',
    ok: ['verify', '--all', ...store],
    finding: ['verify', 'NO-SUCH-PARCEL', ...store],
    usage: ['verify', ...store],
    usageError: 'parcel-claims verify: give a parcel id or --all (not both)',
    store: true,
  },
  {
    command: 'checkpoint',
    ok: ['checkpoint', '--key', 'keys/log.key', ...store],
    usage: ['checkpoint', '--key', 'keys/log.pub', ...store],
    usageError:
      'parcel-claims checkpoint: keys/log.pub does not hold a signer key (missing-private-key-prefix)',
    store: true,
  },
  {
    command: 'checkpoints',
    ok: ['checkpoints', ...store],
    usage: ['checkpoints', ...store, '--out'],
    usageError: "error: option '--out <file>' argument missing",
    store: true,
  },
  {
    command: 'prove',
    ok: ['prove', parcel, '--out', 'again.json', ...store],
    finding: ['prove', 'NO-SUCH-PARCEL', '--out', 'none.json', ...store],
    usage: ['prove', parcel, '--out', 'p.json', '--checkpoint', 'missing.txt', ...store],
    usageError:
      "parcel-claims prove: cannot read the checkpoint missing.txt: Error: ENOENT: no such file or directory, open 'missing.txt'",
    store: true,
  },
  {
    command: 'verify-pack',
    ok: ['verify-pack', 'pack.json', '--pubkey', 'keys/log.pub'],
    finding: ['verify-pack', 'tampered.json', '--pubkey', 'keys/log.pub'],
    usage: ['verify-pack', 'pack.json'],
    usageError: 'parcel-claims verify-pack: give --pubkey <file>: the key the checkpoint must be signed with',
    store: false,
  },
  {
    command: 'rebuild',
    ok: [],
    usage: ['rebuild', 'claims-board', ...store],
    usageError:
      'parcel-claims rebuild: a memory store keeps no read models; give --read-models pglite:<dir> or postgres://…',
    store: true,
  },
  {
    command: 'bordereau',
    ok: ['bordereau', '--insurer', 'pacific-insurance', '--month', '2026-02', ...store],
    usage: ['bordereau', '--insurer', 'pacific-insurance', '--month', 'February', ...store],
    usageError: 'parcel-claims bordereau: --month February is not a month like 2026-02',
    store: true,
  },
  {
    command: 'report',
    ok: ['report', parcel, '--html', 'r.html', ...store],
    finding: ['report', 'NO-SUCH-PARCEL', '--html', 'r.html', ...store],
    usage: ['report', parcel, '--html', 'r.html', '--zone', 'Mars/Olympus', ...store],
    usageError: 'parcel-claims report: --zone "Mars/Olympus" is not an IANA time zone like Asia/Shanghai',
    store: true,
  },
  {
    command: 'keygen',
    ok: ['keygen', '--name', 'claims.example/other', '--out', 'keys/other'],
    usage: ['keygen', '--name', 'claims.example/log', '--out', 'keys/log'],
    usageError: 'parcel-claims keygen: keys/log.key already exists; a key is never overwritten',
    store: false,
  },
];

describe('the exit codes of every command', () => {
  it('has a case for every command', () => {
    expect(cases.map((c) => c.command)).toEqual([...commandNames]);
  });

  it.each(cases.filter((c) => c.ok.length > 0))('$command: 0 when done', async ({ ok }) => {
    const { cli } = await workspace();
    expect(await cli(ok)).toMatchObject({ code: exitCodes.ok, stderr: '' });
  });

  it.each(cases.filter((c) => c.finding !== undefined))('$command: 1 for a finding', async ({ finding }) => {
    const { cli } = await workspace();
    expect((await cli(finding ?? [])).code).toBe(exitCodes.findings);
  });

  it.each(cases)('$command: 2 for a bad value and for an unknown option', async (c) => {
    const { cli } = await workspace();
    const bad = await cli(c.usage);
    const unknown = await cli([...(c.ok.length > 0 ? c.ok : c.usage), '--no-such-option']);
    expect([bad.code, bad.stdout, bad.stderr.split('\n')[0]]).toEqual([exitCodes.usage, '', c.usageError]);
    expect([unknown.code, unknown.stdout, unknown.stderr.split('\n')[0]]).toEqual([
      exitCodes.usage,
      '',
      "error: unknown option '--no-such-option'",
    ]);
  });

  it.each(cases.filter((c) => c.store))('$command: 3 when the store cannot be reached', async (c) => {
    const { cli } = await workspace();
    const args = c.ok.length > 0 ? c.ok : ['rebuild', 'all', ...store];
    expect(await cli(args, unreachable)).toEqual({
      code: exitCodes.internal,
      stdout: '',
      stderr:
        'parcel-claims: cannot open the store: OpenStoreFailed: Cannot open the store at memory:: connect ECONNREFUSED 127.0.0.1:1\n',
    });
  });

  it.each(['audit', 'verify', 'checkpoints', 'prove', 'report'])(
    '%s: 1 when no store is where the URL points (a read-only command never creates one)',
    async (command) => {
      const { cli } = await workspace();
      const args = cases.find((c) => c.command === command)?.ok ?? [];
      expect(await cli(args, absent)).toEqual({
        code: exitCodes.findings,
        stdout: '',
        stderr:
          'parcel-claims: cannot open the store: StoreNotFound: No store at memory:: no directory /nowhere. Opening for reading never creates a store.\n',
      });
    },
  );

  it('3 for an error nobody expected, named on standard error', async () => {
    const { cli, log } = await workspace();
    expect(await cli(['verify', '--all', ...store], failing(log))).toEqual({
      code: exitCodes.internal,
      stdout: '',
      stderr: 'parcel-claims: Error: disk on fire\n',
    });
  });

  it('2 for an unknown command', async () => {
    const { cli } = await workspace();
    const unknown = await cli(['frobnicate']);
    expect([unknown.code, unknown.stdout, unknown.stderr.split('\n')[0]]).toEqual([
      exitCodes.usage,
      '',
      "error: unknown command 'frobnicate'",
    ]);
  });
});

describe('--version', () => {
  it.each([['--version'], ['-V']])('%s prints the version in the package manifest', async (flag) => {
    const manifest: { version: string } = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    );
    const { cli } = await workspace();
    expect(await cli([flag])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });
});

describe('--json', () => {
  it('checkpoint and checkpoints: the signed note, its first lines and who signed it', async () => {
    const { cli, files, log } = await workspace();
    const signed = await cli(['checkpoint', '--key', 'keys/log.key', '--json', ...store]);
    // A checkpoint of the same tree size as the one kept takes its place.
    const kept = (await log.tree?.checkpoints.list()) ?? [];
    const newest = kept.at(-1);
    const [origin, treeSize, rootHash] = (newest?.note ?? '').split('\n');
    const keyId = (files.get('keys/log.pub') ?? '').split('+')[1];
    const json = {
      origin,
      treeSize,
      rootHash,
      signedBy: [`claims.example/log+${keyId}`],
      note: newest?.note,
    };
    expect([signed.code, signed.stderr, JSON.parse(signed.stdout)]).toEqual([0, '', json]);
    expect([origin, treeSize]).toEqual(['claims.example/log', '18']);
    const listed = await cli(['checkpoints', '--json', ...store]);
    expect([kept.length, JSON.parse(listed.stdout)]).toEqual([1, { checkpoints: [json] }]);
    const exported = await cli(['checkpoints', '--out', 'all.json', '--json', ...store]);
    expect(JSON.parse(exported.stdout)).toEqual({ file: 'all.json', checkpoints: 1 });
  });

  it('prove, report and keygen: what they wrote', async () => {
    const { cli, files } = await workspace();
    const pack = JSON.parse(files.get('pack.json') ?? '{}');
    const proved = await cli(['prove', parcel, '--out', 'p.json', '--json', ...store]);
    expect(JSON.parse(proved.stdout)).toEqual({
      file: 'p.json',
      parcelId: parcel,
      events: 18,
      documents: pack.documents.length,
      checkpointTreeSize: '18',
    });
    const reported = await cli(['report', parcel, '--html', 'r.html', '--json', ...store]);
    expect(JSON.parse(reported.stdout)).toEqual({
      file: 'r.html',
      parcelId: parcel,
      events: 18,
      violations: 0,
      chain: { intact: true },
    });
    const checked = await cli([
      'report',
      parcel,
      '--html',
      'r.html',
      '--pubkey',
      'keys/log.pub',
      '--json',
      ...store,
    ]);
    expect(JSON.parse(checked.stdout).checkpoint).toEqual({
      treeSize: '18',
      included: 18,
      afterCheckpoint: 0,
      notIncluded: 0,
    });
    const made = await cli(['keygen', '--name', 'claims.example/other', '--out', 'keys/other', '--json']);
    expect(JSON.parse(made.stdout)).toEqual({
      signerKeyFile: 'keys/other.key',
      verifierKeyFile: 'keys/other.pub',
      verifierKey: files.get('keys/other.pub')?.trim(),
    });
  });

  it('verify: the report of the chains', async () => {
    const { cli } = await workspace();
    const verified = await cli(['verify', '--all', '--json', ...store]);
    expect([verified.code, JSON.parse(verified.stdout)]).toEqual([
      0,
      { ok: true, streams: 1, events: 18, broken: [], unlikeLog: [] },
    ]);
  });
});
