import { readFile } from 'node:fs/promises';
import { sqlClaimsBoard } from '@parcel-claims/projections/sql';
import { openStore } from '@parcel-claims/stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { commandNames } from './support/command-names.js';
import { memoryIo } from './support/memory-io.js';
import { dropSchema, pgUrl, testSchema } from './support/pg.js';

const schema = testSchema('cli');
const store = ['--store', pgUrl, '--schema', schema];
const parcel = 'TSS-2026-000042';

/** Runs the command in memory; returns its exit code and outputs. */
const cli = async (args: readonly string[], options: Parameters<typeof memoryIo>[0] = {}) => {
  const captured = memoryIo(options);
  const code = await run(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr(), files: captured.files };
};

beforeAll(async () => {
  const demo = await cli(['demo', ...store]);
  expect(demo).toEqual({
    code: 0,
    stdout: [
      `Store: ${pgUrl}`,
      'Wrote 18 event(s) to 1 parcel(s), from 18 command(s).',
      'Claims of those parcels: 1 paid.',
      `Founding story: parcel ${parcel}. Try: parcel-claims audit ${parcel}`,
      '',
    ].join('\n'),
    stderr: '',
    files: new Map(),
  });
}, 60_000);

afterAll(() => dropSchema(schema));

describe('demo', () => {
  it('writes nothing twice when run again on the same store', async () => {
    const again = await cli(['demo', ...store]);
    expect([again.code, again.stdout.split('\n').slice(1, 3)]).toEqual([
      0,
      [
        'Wrote nothing.',
        '18 command(s) already in the store (written by an earlier run): not written again.',
      ],
    ]);
  });
});

describe('audit', () => {
  it('prints the timeline with deadlines, rules and clauses, and the verdicts', async () => {
    const expected = await readFile(new URL('./fixtures/founding-story-audit.txt', import.meta.url), 'utf8');
    expect(await cli(['audit', parcel, ...store])).toEqual({
      code: 0,
      stdout: expected,
      stderr: '',
      files: new Map(),
    });
  });

  it('colours a terminal, and not when NO_COLOR is set', async () => {
    const coloured = await cli(['audit', parcel, ...store, '--revision', '0'], { tty: true });
    const noColour = await cli(['audit', parcel, ...store, '--revision', '0'], {
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(coloured.stdout).toContain('\u001b[36mParcelBooked');
    expect(noColour.stdout).toBe(noColour.stdout.replaceAll('\u001b[', ''));
    expect(noColour.stdout.split('\n')[3]).toBe(
      '  0  2026-01-05 10:00  ParcelBooked  L1 C1 P1    Mirrorless camera body, CN → DE, goods CNY 12,800.00, 1 piece(s)',
    );
    const utc = await cli(['audit', parcel, ...store, '--revision', '0', '--zone', 'UTC']);
    expect(utc.stdout.split('\n').slice(0, 4)).toEqual([
      'Parcel TSS-2026-000042: parcel-TSS-2026-000042, times in UTC, as of revision 0 (1 of 18 events)',
      '',
      'rev  time              event         allowed by  what happened',
      '  0  2026-01-05 02:00  ParcelBooked  L1 C1 P1    Mirrorless camera body, CN → DE, goods CNY 12,800.00, 1 piece(s)',
    ]);
  });

  it('prints JSON for machines, as of a revision or a recorded instant', async () => {
    const byRevision = await cli(['audit', parcel, ...store, '--json', '--revision', '7']);
    const json: unknown = JSON.parse(byRevision.stdout);
    expect(json).toMatchObject({
      streamId: `parcel-${parcel}`,
      parcelId: parcel,
      asOf: { revision: '7' },
      recordedEvents: 18,
      payerZone: 'Asia/Shanghai',
      chain: { intact: true },
      violations: [],
    });
    const steps = (j: string) => {
      const parsed: unknown = JSON.parse(j);
      return typeof parsed === 'object' && parsed !== null && 'steps' in parsed && Array.isArray(parsed.steps)
        ? parsed.steps.map((s: { event: { type: string } }) => s.event.type)
        : [];
    };
    expect(steps(byRevision.stdout)).toEqual([
      'ParcelBooked',
      'InsurancePurchased',
      'ParcelPickedUp',
      'ParcelReceivedAtHub',
      'ParcelShipped',
      'ParcelHandedToCarrier',
      'TrackingUpdated',
      'InquiryOpened',
    ]);
    const byTime = await cli(['audit', parcel, ...store, '--json', '--as-of', '2026-01-20T02:10:00Z']);
    expect(steps(byTime.stdout)).toEqual([...steps(byRevision.stdout), 'DocumentAttached']);
  });

  it('exits 1 for a parcel without events and 2 for a wrong as-of', async () => {
    expect(await cli(['audit', 'NO-SUCH-PARCEL', ...store])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'parcel-claims audit: no events recorded for parcel NO-SUCH-PARCEL\n',
      files: new Map(),
    });
    expect(await cli(['audit', parcel, ...store, '--as-of', '2026-02-30T00:00:00Z'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'parcel-claims audit: --as-of "2026-02-30T00:00:00Z" is not an ISO 8601 UTC instant like 2026-01-20T00:00:00Z\n',
      files: new Map(),
    });
    expect((await cli(['audit', parcel, ...store, '--revision', '-1'])).stderr).toBe(
      'parcel-claims audit: --revision "-1" is not a revision (a whole number from 0)\n',
    );
    expect(
      (await cli(['audit', parcel, ...store, '--revision', '1', '--as-of', '2026-01-01T00:00:00Z'])).code,
    ).toBe(2);
  });
});

describe('verify', () => {
  it('exits 0 when every chain is intact', async () => {
    expect(await cli(['verify', parcel, ...store])).toEqual({
      code: 0,
      stdout: 'OK 1 stream(s), 18 event(s) checked (0 events/s): every hash chain intact.\n',
      stderr: '',
      files: new Map(),
    });
    expect((await cli(['verify', '--all', ...store])).stdout).toBe(
      'OK 1 stream(s), 18 event(s) checked (0 events/s): every hash chain intact.\n',
    );
  });

  it('exits 2 without a parcel id or --all, or with both, and 1 for a parcel without events', async () => {
    const usage = 'parcel-claims verify: give a parcel id or --all (not both)\n';
    expect(await cli(['verify', ...store])).toEqual({ code: 2, stdout: '', stderr: usage, files: new Map() });
    expect(await cli(['verify', parcel, '--all', ...store])).toEqual({
      code: 2,
      stdout: '',
      stderr: usage,
      files: new Map(),
    });
    expect((await cli(['verify', 'NO-SUCH-PARCEL', ...store])).code).toBe(1);
  });
});

describe('rebuild', () => {
  it('replays the parcels into a read model and reports what it handled', async () => {
    const rebuilt = await cli(['rebuild', 'claims-board', ...store]);
    expect(rebuilt).toEqual({
      code: 0,
      stdout: 'Rebuilt claims-board: 18 event(s), checkpoint 18 (0 events/s).\n',
      stderr: '',
      files: new Map(),
    });
    const opened = await openStore(pgUrl, { schema });
    try {
      if (opened.sql === null) throw new Error('a postgres store has SQL');
      const board = await sqlClaimsBoard({ schema }).listClaims(opened.sql, {});
      expect(board.map((row) => [row.parcelId, row.claimId, row.status])).toEqual([
        [parcel, 'TSS-CLAIM-0001', 'paid'],
      ]);
    } finally {
      await opened.close();
    }
  });

  it('rebuilds all five read models', async () => {
    expect((await cli(['rebuild', 'all', ...store])).stdout.split('\n')).toEqual([
      'Rebuilt claims-board: 18 event(s), checkpoint 18 (0 events/s).',
      'Rebuilt outstanding-documents: 18 event(s), checkpoint 18 (0 events/s).',
      'Rebuilt payout-sla-watch: 18 event(s), checkpoint 18 (0 events/s).',
      'Rebuilt seller-statistics: 18 event(s), checkpoint 18 (0 events/s).',
      'Rebuilt carrier-loss-statistics: 18 event(s), checkpoint 18 (0 events/s).',
      '',
    ]);
  });

  it('prints what it rebuilt as JSON', async () => {
    const rebuilt = await cli(['rebuild', 'seller-statistics', '--json', ...store]);
    expect([rebuilt.code, rebuilt.stderr, JSON.parse(rebuilt.stdout)]).toEqual([
      0,
      '',
      { readModels: [{ name: 'seller-statistics', events: 18, checkpoint: '18' }], eventsPerSecond: 0 },
    ]);
  });

  it('refuses an unknown projection and a store without SQL', async () => {
    expect(await cli(['rebuild', 'nonsense', ...store])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'parcel-claims rebuild: unknown projection nonsense; one of: claims-board, outstanding-documents, payout-sla-watch, seller-statistics, carrier-loss-statistics, all\n',
      files: new Map(),
    });
    expect(await cli(['rebuild', 'claims-board', '--store', 'memory:'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'parcel-claims rebuild: a memory store keeps no read models; give --read-models pglite:<dir> or postgres://…\n',
      files: new Map(),
    });
  });
});

describe('report', () => {
  it('writes the HTML report and says what it holds', async () => {
    const written = await cli(['report', parcel, ...store, '--html', 'out/report.html']);
    expect([written.code, written.stdout, written.stderr]).toEqual([
      0,
      'Wrote out/report.html: parcel TSS-2026-000042, 18 events, 0 rule violation(s), hash chain intact.\n',
      '',
    ]);
    const html = written.files.get('out/report.html') ?? '';
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<circle class="event[^"]*" data-type=/g)?.length).toBe(18);
  });

  it('needs --html', async () => {
    const missing = await cli(['report', parcel, ...store]);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([
      2,
      "error: required option '--html <file>' not specified",
    ]);
  });
});

describe('every command', () => {
  it.each(commandNames)('%s has --help with --json and the exit codes', async (command) => {
    const help = await cli([command, '--help']);
    expect([
      help.code,
      help.stdout.split('\n')[0],
      help.stdout.includes('  --json  '),
      help.stdout.includes('Exit codes:\n  0  done'),
    ]).toEqual([
      0,
      expect.stringMatching(new RegExp(`^Usage: parcel-claims ${command} \\[options\\]`)),
      true,
      true,
    ]);
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['verify', '--everything'])).code).toBe(2);
  });

  it('never prints the password of a store URL', async () => {
    for (const url of [
      'postgres://auditor:s3cr%40t-pw@127.0.0.1:1/test',
      'esdb://admin:s3cr%40t-pw@127.0.0.1:1?tls=false',
    ]) {
      const failed = await cli(['verify', parcel, '--store', url]);
      expect(failed.code).toBe(3);
      expect(`${failed.stdout}${failed.stderr}`).not.toMatch(/s3cr/);
      expect(failed.stderr.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
