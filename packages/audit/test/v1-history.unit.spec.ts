import { createClaimsService } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import { formatReplay, replayParcel, verifyStore } from '../src/index.js';
import { writeV1FoundingStory } from './support/v1-story.js';

describe('a history written at schema version 1', () => {
  it('verifies, replays upcast, and reports the payout above the sum insured that was made then', async () => {
    const store = await writeV1FoundingStory();
    expect((await verifyStore(store)).broken).toEqual([]);
    const replay = replayParcel(await createClaimsService({ store }).history('TSS-2026-000042'));
    expect(replay.state.claim?.payment?.amount).toEqual({ minorUnits: 1_298_000, currency: 'CNY' });
    expect(replay.violations.map(({ rule, index, message }) => [rule, index, message])).toEqual([
      ['R7', 16, 'the cap is CNY 12,980.00, should be CNY 12,800.00'],
      ['R7', 16, 'approved CNY 12,980.00 above the cap CNY 12,800.00'],
      ['R7', 16, 'approved CNY 12,980.00 above the sum insured CNY 12,800.00'],
    ]);
    expect(formatReplay(replay).slice(-4)).toEqual([
      'Claim TSS-CLAIM-0001 (loss, piece(s) 1): paid',
      'Approved CNY 12,980.00 (cap CNY 12,980.00, sum insured CNY 12,800.00); payout due 2026-02-25',
      'Paid CNY 12,980.00 on 2026-02-24 14:00',
      '3 rule violation(s).',
    ]);
  });
});
