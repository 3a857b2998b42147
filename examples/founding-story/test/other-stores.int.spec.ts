import { startStandIn } from '@parcel-claims/eventstoredb/testing';
import { openStore } from '@parcel-claims/stores';
import { describe, expect, it } from 'vitest';
import { foundingStory, report, runStory } from '../src/index.js';

const ending = [
  'Claim TSS-CLAIM-0001: paid',
  'Approved CNY 12,800.00 of a sum insured of CNY 12,800.00; payout due 2026-02-25 (end of day, Asia/Shanghai)',
  'Paid CNY 12,800.00 on 2026-02-24 14:00, within the payout due date',
];

describe('the founding story on other stores', () => {
  it('runs on embedded PGlite, and a second run writes nothing twice', { timeout: 60_000 }, async () => {
    const opened = await openStore('pglite:memory');
    try {
      const first = await runStory(foundingStory, { store: opened.store });
      const second = await runStory(foundingStory, { store: opened.store });
      expect(report(first).slice(-3)).toEqual(ending);
      expect(second.map((s) => s.record.eventId)).toEqual(first.map((s) => s.record.eventId));
    } finally {
      await opened.close();
    }
  });

  it('runs on EventStoreDB (the in-process stand-in) through the real client', {
    timeout: 60_000,
  }, async () => {
    const standIn = await startStandIn();
    const opened = await openStore(standIn.connectionString);
    try {
      const steps = await runStory(foundingStory, { store: opened.store });
      expect(report(steps).slice(-3)).toEqual(ending);
      expect(steps.map((s) => s.record.revision)).toEqual(steps.map((_, i) => BigInt(i)));
    } finally {
      await opened.close();
      await standIn.stop();
    }
  });
});
