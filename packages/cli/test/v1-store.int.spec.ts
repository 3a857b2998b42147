import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { openStore } from '@parcel-claims/stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand } from '../src/commands/audit.js';
import { verifyCommand } from '../src/commands/verify.js';
import { run } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';
import { writeV1FoundingStory } from './support/v1-story.js';

const parcel = 'TSS-2026-000042';

/** What the audit of the v1 founding story ends with: what was paid then, and the rules it broke. */
const auditEnd = [
  ' 16  2026-02-13 10:00  ClaimAccepted          R7 R9 K1 E1 P1  approved CNY 12,980.00 (cap CNY 12,980.00)',
  '                       sum insured CNY 12,800.00',
  '                       proven loss CNY 12,800.00, covered shipping CNY 180.00 included',
  '                       limit CNY 12,800.00 = min(sum insured, proven loss)',
  '                       deductible none: CNY 0.00',
  '                       carrier settlement CNY 0.00',
  '                       salvage CNY 0.00',
  '                       cap CNY 12,980.00 = limit − deductible − carrier settlement − salvage, not below zero',
  '                       payee not recorded, method not recorded',
  '                       due: payout by 2026-02-25 (3 working-days, cn-mainland/2026.1)',
  '                       under parcel-standard@1: deductible none, payoutAfterAcceptance 3 working-days, payeesAllowed seller, forwarder',
  '                       violates R7: the cap is CNY 12,980.00, should be CNY 12,800.00',
  '                       violates R7: approved CNY 12,980.00 above the cap CNY 12,800.00',
  '                       violates R7: approved CNY 12,980.00 above the sum insured CNY 12,800.00',
  ' 17  2026-02-24 14:00  ClaimPaid              R8 E1 P1        paid CNY 12,980.00, reference PI-PAYOUT-2026-0213-01',
  '                       to not recorded, method not recorded',
  '',
  'Claim TSS-CLAIM-0001 (loss, piece(s) 1): paid',
  'Approved CNY 12,980.00 (cap CNY 12,980.00, sum insured CNY 12,800.00); payout due 2026-02-25',
  'Paid CNY 12,980.00 on 2026-02-24 14:00',
  '3 rule violation(s).',
  'Hash chain intact.',
  '',
];

describe('a store written at schema version 1 (the founding story as it was paid then)', () => {
  it('in memory: verifies, and the audit replays it upcast, reporting the payout above the sum insured', async () => {
    const store = await writeV1FoundingStory(inMemoryEventStore());
    const verified = memoryIo();
    expect(await verifyCommand(store, verified.io, { parcelId: parcel })).toBe(0);
    expect(verified.stdout()).toMatch(
      /^OK 1 stream\(s\), 18 event\(s\) checked .*: every hash chain intact\.\n$/,
    );
    const audited = memoryIo();
    expect(await auditCommand(store, audited.io, parcel, {})).toBe(1);
    expect([audited.stdout().split('\n').slice(-auditEnd.length), audited.stderr()]).toEqual([auditEnd, '']);
    expect(audited.stdout()).toContain(
      '  0  2026-01-05 10:00  ParcelBooked           L1 C1 P1        Mirrorless camera body, CN → DE, goods CNY 12,800.00, 1 piece(s)',
    );
  });

  describe('in PGlite, through the command line', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'parcel-claims-v1-'));
      const opened = await openStore(`pglite:${dir}`);
      try {
        await writeV1FoundingStory(opened.store);
      } finally {
        await opened.close();
      }
    }, 60_000);
    afterAll(() => rm(dir, { recursive: true, force: true }));

    const cli = async (args: readonly string[]) => {
      const captured = memoryIo();
      const code = await run(args, captured.io);
      return { code, stdout: captured.stdout(), stderr: captured.stderr() };
    };

    it('verify: every hash chain intact', async () => {
      const verified = await cli(['verify', parcel, '--store', `pglite:${dir}`]);
      expect([verified.code, verified.stderr]).toEqual([0, '']);
      expect(verified.stdout).toContain('every hash chain intact');
    });

    it('rebuild: every read model reads the stored history upcast', async () => {
      const rebuilt = await cli(['rebuild', 'all', '--store', `pglite:${dir}`]);
      expect([rebuilt.code, rebuilt.stderr]).toEqual([0, '']);
      expect(rebuilt.stdout).toMatch(/^Rebuilt claims-board: 18 event\(s\), checkpoint 18 /m);
      expect(rebuilt.stdout).toMatch(/^Rebuilt carrier-loss-statistics: 18 event\(s\), checkpoint 18 /m);
    });

    it('audit: replays the stored history upcast, showing what was paid then and the rules it broke', async () => {
      const audited = await cli(['audit', parcel, '--store', `pglite:${dir}`]);
      expect([audited.code, audited.stdout.split('\n').slice(-auditEnd.length), audited.stderr]).toEqual([
        1,
        auditEnd,
        '',
      ]);
    });
  });
});
