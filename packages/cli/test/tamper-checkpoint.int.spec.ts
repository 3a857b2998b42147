import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendEventLeaves,
  emptyFrontier,
  frontierRoot,
  hashToHex,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import { openStore } from '@parcel-claims/stores';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import {
  deleteStream,
  insertIntoLog,
  rebuildTree,
  rewriteWithRecomputedHashes,
  swapPositions,
  truncateTail,
} from './support/log-tamper.js';
import { memoryIo } from './support/memory-io.js';
import { dropSchema, pgUrl, testSchema } from './support/pg.js';

// Each alteration below leaves every stream's hash chain intact and the store's Merkle tree
// rebuilt over the altered log, its kept checkpoints removed: only the checkpoint the auditor
// holds can tell. `verify --all` without it says "intact"; with it, the finding is named.

interface Backend {
  readonly name: string;
  /**
   * A copy of a store that is not open, for a store kept in files: a copy costs less than writing
   * the demo again.
   */
  readonly copy?: (url: string) => Promise<{ readonly url: string; readonly remove: () => Promise<void> }>;
  /** A fresh, empty store: its URL and schema, and how to remove it. */
  readonly fresh: () => Promise<{
    readonly url: string;
    readonly schema: string;
    readonly remove: () => Promise<void>;
  }>;
}

const backends: readonly Backend[] = [
  {
    name: 'PostgreSQL',
    fresh: async () => {
      const schema = testSchema('tamper_log');
      return { url: pgUrl, schema, remove: async () => void (await dropSchema(schema)) };
    },
  },
  {
    name: 'PGlite',
    fresh: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'parcel-claims-tamper-log-'));
      return {
        url: `pglite:${dir}`,
        schema: 'parcel_claims',
        remove: () => rm(dir, { recursive: true, force: true }),
      };
    },
    copy: async (url) => {
      const dir = await mkdtemp(join(tmpdir(), 'parcel-claims-tamper-log-'));
      await cp(url.slice('pglite:'.length), dir, { recursive: true });
      return { url: `pglite:${dir}`, remove: () => rm(dir, { recursive: true, force: true }) };
    },
  },
];

interface Alteration {
  readonly name: string;
  readonly alter: (
    sql: SqlExecutor,
    schema: string,
    read: (streamId: string) => Promise<readonly RecordedEvent[]>,
    log: readonly RecordedEvent[],
  ) => Promise<void>;
  /** The findings `verify --json` must report, by kind. */
  readonly findings: readonly string[];
}

const story = 'parcel-TSS-2026-000042';

/** A finding of a `--json` report as [kind, path]. */
const kindAndPath = (finding: unknown): readonly [unknown, unknown] =>
  typeof finding === 'object' && finding !== null
    ? ['kind' in finding ? finding.kind : undefined, 'path' in finding ? finding.path : undefined]
    : [undefined, undefined];
// The demo's log: three claims, 57 events, the same each run.
const signedSize = 57;

const rootOf = (events: readonly RecordedEvent[]): string =>
  hashToHex(frontierRoot(appendEventLeaves(emptyFrontier, events).frontier));

/** The one finding `verify --json` must report for the altered log, the tree rebuilt over it. */
const expectedFinding = (signedRoot: string, altered: readonly RecordedEvent[]) => {
  const checkpoint = { source: 'given', index: 0 };
  if (altered.length < signedSize)
    return {
      kind: 'checkpoint-beyond-log',
      checkpoint,
      treeSize: String(signedSize),
      events: altered.length,
      firstDifference: null,
      description: `the log holds ${altered.length} events but checkpoint cp.txt signs ${signedSize}: events were removed`,
    };
  const logRoot = rootOf(altered.slice(0, signedSize));
  return {
    kind: 'checkpoint-root-differs',
    checkpoint,
    treeSize: String(signedSize),
    signedRoot,
    logRoot,
    firstDifference: null,
    description: `the log's first ${signedSize} events differ from what checkpoint cp.txt signed (root ${signedRoot}, the log gives ${logRoot}): truncation, deletion, rewrite, insertion or reordering`,
  };
};
const other = 'parcel-DEMO-42-0001';

/** The parts of an evidence pack's JSON that the changes below touch. */
interface PackJson {
  events: {
    data: Record<string, unknown>;
    type: string;
    metadata: Record<string, unknown>;
    inclusionProof: string[];
    leafIndex: number;
  }[];
  documents: { contentHash: string }[];
  checkpoint: string;
}

const eventAt = (pack: PackJson, index: number) => {
  const event = pack.events[index];
  if (event === undefined) throw new Error(`the pack has no event ${index}`);
  return event;
};

/**
 * Changes an intruder might make to an evidence pack, each with the findings (kind, JSON path)
 * verify-pack must report.
 */
const packChanges: readonly {
  readonly name: string;
  readonly apply: (pack: PackJson) => void;
  readonly findings: readonly (readonly [string, string])[];
}[] = [
  {
    name: 'the data of an event',
    apply: (pack) => {
      eventAt(pack, 0).data.contents = 'forged';
    },
    findings: [['content-hash-differs', '$.events[0]']],
  },
  {
    name: 'the type of an event',
    apply: (pack) => {
      eventAt(pack, 1).type = 'ParcelDelivered';
    },
    findings: [['content-hash-differs', '$.events[1]']],
  },
  {
    name: 'the recorded time of an event',
    apply: (pack) => {
      eventAt(pack, 5).metadata.recordedAt = '2026-01-01T00:00:00.000Z';
    },
    findings: [['content-hash-differs', '$.events[5]']],
  },
  {
    name: 'the hash of an event',
    apply: (pack) => {
      eventAt(pack, 2).metadata.hash = 'a'.repeat(64);
    },
    findings: [
      ['stored-hash-differs', '$.events[2].metadata.hash'],
      ['broken-link', '$.events[3].metadata.previousHash'],
    ],
  },
  {
    name: 'the previous hash of an event',
    apply: (pack) => {
      eventAt(pack, 4).metadata.previousHash = 'b'.repeat(64);
    },
    findings: [
      ['broken-link', '$.events[4].metadata.previousHash'],
      ['content-hash-differs', '$.events[4]'],
    ],
  },
  {
    name: 'a hash of an inclusion proof',
    apply: (pack) => {
      eventAt(pack, 7).inclusionProof[0] = 'c'.repeat(64);
    },
    findings: [['not-included', '$.events[7].inclusionProof']],
  },
  {
    name: 'an inclusion proof cut short',
    apply: (pack) => {
      eventAt(pack, 7).inclusionProof.pop();
    },
    findings: [['not-included', '$.events[7].inclusionProof']],
  },
  {
    name: 'a leaf index',
    apply: (pack) => {
      eventAt(pack, 8).leafIndex += 1;
    },
    findings: [
      ['not-included', '$.events[8].inclusionProof'],
      ['leaf-out-of-order', '$.events[9].leafIndex'],
    ],
  },
  {
    name: 'an event left out',
    apply: (pack) => {
      pack.events.splice(3, 1);
    },
    findings: [
      ['revision-out-of-sequence', '$.events[3].revision'],
      ['broken-link', '$.events[3].metadata.previousHash'],
      ...Array.from(
        { length: 13 },
        (_, i) => ['revision-out-of-sequence', `$.events[${i + 4}].revision`] as const,
      ),
    ],
  },
  {
    name: 'the content hash of a document',
    apply: (pack) => {
      const [document] = pack.documents;
      if (document !== undefined) document.contentHash = `sha256:${'d'.repeat(64)}`;
    },
    findings: [['document-differs', '$.documents[0].contentHash']],
  },
  {
    name: 'the tree size in the checkpoint',
    apply: (pack) => {
      pack.checkpoint = pack.checkpoint.replace(`\n${signedSize}\n`, `\n${signedSize + 1}\n`);
    },
    findings: [['checkpoint-not-accepted', '$.checkpoint']],
  },
];

const alterations: readonly Alteration[] = [
  {
    name: 'the tail of a stream removed',
    alter: (sql, schema) => truncateTail(sql, schema, story, 3),
    findings: ['checkpoint-beyond-log'],
  },
  {
    name: 'a whole stream deleted',
    alter: (sql, schema) => deleteStream(sql, schema, other),
    findings: ['checkpoint-beyond-log'],
  },
  {
    name: 'a stream rewritten with its chain hashes recomputed',
    alter: async (sql, schema, read) =>
      rewriteWithRecomputedHashes(sql, schema, await read(story), 0, (data) =>
        typeof data === 'object' && data !== null ? { ...data, contents: 'forged contents' } : data,
      ),
    findings: ['checkpoint-root-differs'],
  },
  {
    name: 'an event inserted into the log before the checkpoint',
    // The story's stream ends before position 26: the forged event continues it there, so the
    // stream reads back in the order the log holds it.
    alter: async (sql, schema, read, log) => {
      const events = await read(story);
      const after = log[25]?.position ?? 0n;
      expect((events.at(-1)?.position ?? after) < after).toBe(true);
      await insertIntoLog(sql, schema, events, after);
    },
    findings: ['checkpoint-root-differs'],
  },
  {
    name: 'two events of different streams reordered',
    alter: async (sql, schema, _read, log) => {
      const at = log.findIndex((event, index) => event.streamId !== log[index + 1]?.streamId && index > 20);
      await swapPositions(sql, schema, log[at]?.position ?? 0n, log[at + 1]?.position ?? 0n);
    },
    findings: ['checkpoint-root-differs'],
  },
];

describe.each(backends)('altering the log after a checkpoint ($name)', (backend) => {
  const removals: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const remove of removals) await remove();
  });

  /** A demo store with a key pair, a signed checkpoint saved to `cp.txt`, and its whole log. */
  let template:
    | { readonly url: string; readonly schema: string; readonly files: ReadonlyMap<string, string> }
    | undefined;
  const signedStore = async () => {
    const made =
      template !== undefined && backend.copy !== undefined
        ? { ...(await backend.copy(template.url)), schema: template.schema }
        : await backend.fresh();
    removals.push(made.remove);
    const { url, schema } = made;
    const files = new Map(template?.files ?? []);
    const cli = async (args: readonly string[]) => {
      const captured = memoryIo({ files });
      const code = await run([...args, '--store', url, '--schema', schema], captured.io);
      return { code, stdout: captured.stdout(), stderr: captured.stderr() };
    };
    if (template === undefined || backend.copy === undefined) {
      files.clear();
      expect((await cli(['demo', '--claims', '3'])).code).toBe(0);
      const keygen = memoryIo({ files });
      expect(await run(['keygen', '--name', 'claims.example/log', '--out', 'log'], keygen.io)).toBe(0);
      const signed = await cli(['checkpoint', '--key', 'log.key']);
      expect([signed.code, signed.stderr]).toEqual([0, '']);
      files.set('cp.txt', signed.stdout);
      // The first store, left as it is, is what later ones copy.
      if (template === undefined && backend.copy !== undefined) {
        template = { url, schema, files: new Map(files) };
        return signedStore();
      }
    }
    return { url, schema, cli, files };
  };

  const withSql = async <T>(
    url: string,
    schema: string,
    work: (
      sql: SqlExecutor,
      read: (streamId: string) => Promise<readonly RecordedEvent[]>,
      log: readonly RecordedEvent[],
    ) => Promise<T>,
  ) => {
    const opened = await openStore(url, { schema });
    try {
      const { sql } = opened;
      if (sql === null) throw new Error(`${backend.name} has SQL`);
      const log: RecordedEvent[] = [];
      for await (const batch of opened.store.readAll()) log.push(...batch);
      return await work(sql, (streamId) => opened.store.readStream(streamId), log);
    } finally {
      await opened.close();
    }
  };

  it.each(alterations)(
    '$name: the chains say intact, the checkpoint names it',
    async ({ alter, findings }) => {
      const { url, schema, cli, files } = await signedStore();
      const [, size, rootLine] = (files.get('cp.txt') ?? '').split('\n');
      const signedRoot = Buffer.from(rootLine ?? '', 'base64').toString('hex');
      expect(size).toBe(String(signedSize));
      const checked = ['verify', '--all', '--checkpoint', 'cp.txt', '--pubkey', 'log.pub', '--json'];
      const before = await cli(checked);
      expect([before.code, JSON.parse(before.stdout).findings]).toEqual([0, []]);

      await withSql(url, schema, async (sql, read, log) => {
        expect(log).toHaveLength(signedSize);
        await alter(sql, schema, read, log);
        await rebuildTree(sql, schema);
      });
      const alteredLog = await withSql(url, schema, async (_sql, _read, log) => log);

      const chainsOnly = await cli(['verify', '--all']);
      expect([chainsOnly.code, chainsOnly.stdout.split(' ')[0]]).toEqual([0, 'OK']);
      const after = await cli(checked);
      const finding = expectedFinding(signedRoot, alteredLog);
      expect([finding.kind]).toEqual(findings);
      expect([after.code, after.stderr, JSON.parse(after.stdout)]).toEqual([
        1,
        '',
        {
          ok: false,
          streams: new Set(alteredLog.map((event) => event.streamId)).size,
          events: alteredLog.length,
          checkpoints: 1,
          findings: [finding],
        },
      ]);
    },
    120_000,
  );

  it('a fork: the key holder signs the rewritten log at the size already signed; both checkpoints together name it', async () => {
    const { url, schema, cli } = await signedStore();
    await withSql(url, schema, async (sql, read) => {
      await rewriteWithRecomputedHashes(sql, schema, await read(story), 0, (data) =>
        typeof data === 'object' && data !== null ? { ...data, contents: 'forged contents' } : data,
      );
      await rebuildTree(sql, schema);
    });
    const resigned = await cli(['checkpoint', '--key', 'log.key']);
    expect([resigned.code, resigned.stdout.split('\n')[1]]).toEqual([0, String(signedSize)]);
    const alone = await cli(['verify', '--all', '--pubkey', 'log.pub', '--json']);
    expect([alone.code, JSON.parse(alone.stdout).findings]).toEqual([0, []]);
    const together = await cli([
      'verify',
      '--all',
      '--checkpoint',
      'cp.txt',
      '--pubkey',
      'log.pub',
      '--json',
    ]);
    const first = { source: 'given', index: 0 };
    const second = { source: 'kept', index: 0 };
    const report = JSON.parse(together.stdout);
    expect([together.code, report.findings.map(kindAndPath)]).toEqual([
      1,
      [
        ['checkpoint-root-differs', undefined],
        ['fork', undefined],
      ],
    ]);
    expect(report.findings[1]).toEqual({
      kind: 'fork',
      treeSize: String(signedSize),
      first,
      firstRoot: report.findings[0].signedRoot,
      second,
      secondRoot: report.findings[0].logRoot,
      description: `fork: checkpoint cp.txt and kept checkpoint 1 both sign ${signedSize} events but with different roots (${report.findings[0].signedRoot} and ${report.findings[0].logRoot})`,
    });
  }, 120_000);

  it('an evidence pack made on the store verifies offline; a changed field and an unknown key are named', async () => {
    const { cli, files } = await signedStore();
    const proved = await cli(['prove', 'TSS-2026-000042', '--checkpoint', 'cp.txt', '--out', 'pack.json']);
    expect(proved).toEqual({
      code: 0,
      stdout: `Wrote pack.json: parcel TSS-2026-000042, 18 event(s) and 5 document(s) proved against a checkpoint of ${signedSize} events.\n`,
      stderr: '',
    });
    const offline = async (pubkey: string) => {
      const captured = memoryIo({ files });
      const code = await run(['verify-pack', 'pack.json', '--pubkey', pubkey, '--json'], captured.io);
      return { code, report: JSON.parse(captured.stdout()) };
    };
    const intact = await offline('log.pub');
    expect([intact.code, intact.report.findings]).toEqual([0, []]);
    const original = files.get('pack.json') ?? '';
    for (const change of packChanges) {
      const pack: PackJson = JSON.parse(original);
      change.apply(pack);
      files.set('pack.json', JSON.stringify(pack));
      const checked = await offline('log.pub');
      const found: unknown[] = checked.report.findings ?? [checked.report];
      expect([change.name, checked.code, found.map(kindAndPath)]).toEqual([change.name, 1, change.findings]);
    }
    files.set('pack.json', original);
    const otherKey = memoryIo({ files });
    expect(await run(['keygen', '--name', 'claims.example/log', '--out', 'other'], otherKey.io)).toBe(0);
    const unknown = await offline('other.pub');
    const signer = (files.get('log.pub') ?? '').trim().split('+');
    expect([
      unknown.code,
      unknown.report.findings.map(kindAndPath),
      unknown.report.findings[0].failure,
    ]).toEqual([
      1,
      [['checkpoint-not-accepted', '$.checkpoint']],
      {
        kind: 'no-known-signature',
        unknown: [
          {
            keyName: 'claims.example/log',
            keyId: Number.parseInt(signer[1] ?? '', 16),
            base64: (files.get('cp.txt') ?? '').trimEnd().split(' ').at(-1),
            line: 5,
          },
        ],
      },
    ]);
  }, 120_000);
});
