import { foundingStory } from '@parcel-claims/core/founding-story';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';

const storeWithFoundingStory = async (): Promise<EventStore> => {
  const store = inMemoryEventStore();
  let now = '';
  const service = createClaimsService({ store, clock: () => now });
  for (const command of foundingStory) {
    now = String(command.data.now);
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`founding story refused: ${JSON.stringify(result)}`);
  }
  return store;
};

const header =
  'certificate,claim_id,claim_type,date_of_loss,first_advice,opened,decided,paid_at,paid,outstanding,recovered,original_currency,settlement_currency\r\n';

describe('parcel-claims bordereau', () => {
  it("lists the founding story's claim in February, paid CNY 12,800.00, as RFC 4180 CSV", async () => {
    const out = memoryIo({ store: await storeWithFoundingStory() });
    const code = await run(
      ['bordereau', '--insurer', 'pacific-insurance', '--month', '2026-02', '--store', 'memory:'],
      out.io,
    );
    expect([code, out.stderr(), out.stdout()]).toEqual([
      0,
      '',
      `${header}TSS-2026-000042,TSS-CLAIM-0001,loss,2026-01-19,2026-01-19T15:00:00.000Z,2026-02-09T03:00:00.000Z,2026-02-13T02:00:00.000Z,2026-02-24T06:00:00.000Z,12800.00,0.00,0.00,CNY,CNY\r\n`,
    ]);
  });

  it('leaves out another insurer, and a month without a step of the claim', async () => {
    const store = await storeWithFoundingStory();
    for (const args of [
      ['--insurer', 'other-insurer', '--month', '2026-02'],
      ['--insurer', 'pacific-insurance', '--month', '2026-03'],
    ]) {
      const out = memoryIo({ store });
      expect(await run(['bordereau', ...args, '--store', 'memory:'], out.io)).toBe(0);
      expect(out.stdout()).toBe(header);
    }
  });

  it('gives the lines and totals as JSON, in minor units', async () => {
    const out = memoryIo({ store: await storeWithFoundingStory() });
    await run(
      ['bordereau', '--insurer', 'pacific-insurance', '--month', '2026-01', '--json', '--store', 'memory:'],
      out.io,
    );
    expect(JSON.parse(out.stdout())).toEqual({
      insurer: 'pacific-insurance',
      month: '2026-01',
      lines: [
        {
          certificate: 'TSS-2026-000042',
          claimId: 'TSS-CLAIM-0001',
          claimType: 'loss',
          lossDate: '2026-01-19',
          firstAdviceAt: '2026-01-19T15:00:00.000Z',
          openedAt: '2026-02-09T03:00:00.000Z',
          decidedAt: '2026-02-13T02:00:00.000Z',
          paidAt: '2026-02-24T06:00:00.000Z',
          paidMinorUnits: 0,
          outstandingMinorUnits: 0,
          recoveredMinorUnits: 0,
          originalCurrency: 'CNY',
          settlementCurrency: 'CNY',
        },
      ],
      totals: [{ currency: 'CNY', paidMinorUnits: 0, outstandingMinorUnits: 0, recoveredMinorUnits: 0 }],
    });
  });

  it('refuses a month that is not yyyy-mm (exit 2)', async () => {
    const out = memoryIo({ store: inMemoryEventStore() });
    expect(
      await run(
        ['bordereau', '--insurer', 'pacific-insurance', '--month', '2026-13', '--store', 'memory:'],
        out.io,
      ),
    ).toBe(2);
    expect(out.stderr()).toBe('parcel-claims bordereau: --month 2026-13 is not a month like 2026-02\n');
  });
});
