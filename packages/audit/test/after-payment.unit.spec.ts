import { foundingStoryAfterPayment, foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import { formatReplay, renderHtmlReport, replayParcel, replayToJson } from '../src/index.js';

const service = createClaimsService({ store: inMemoryEventStore(), clock: () => '2026-11-24T12:00:00.000Z' });
for (const command of foundingStoryAfterPayment) {
  const result = await service.execute(command);
  if (result.kind !== 'accepted') throw new Error(`story step refused: ${JSON.stringify(result)}`);
}
const replay = replayParcel(await service.history(foundingStoryParcelId));
const afterPayment = replay.steps.slice(18);

describe('the audit of the steps after payment', () => {
  it('describes the notice, the liability cap, the recovery, the find and the repayment, each with its rule', () => {
    expect(replay.violations).toEqual([]);
    expect(
      afterPayment.map((step) => [step.event.type, step.authority.rules.join(' '), step.summary]),
    ).toEqual([
      [
        'CarrierNotified',
        'N1 P1',
        'carrier sky-cargo notified, reference PI-NOTICE-2026-0225, notice due 2026-03-15',
      ],
      [
        'CarrierLiabilityAssessed',
        'N2 P1',
        'carrier liability capped at CNY 301.21: montreal 31.2 SDR for 1200 g at 9.6543 (IMF SDR valuation, 2026-02-24), rounded half-even',
      ],
      [
        'RecoveryFiled',
        'N3 P1',
        'recovery of CNY 301.21 filed against sky-cargo, reference PI-RECOVERY-2026-0226',
      ],
      ['RecoveryReceived', 'N3 P1', 'recovered CNY 200.00, reference SKY-SETTLEMENT-0310'],
      ['RecoveryClosed', 'N3 P1', 'recovery closed, CNY 101.21 written off: The carrier disputes the weight'],
      ['ParcelDelivered', 'L1 K1 P1', 'delivered, 1 piece(s)'],
      ['ParcelFoundAfterPayout', 'N4 L1 P1', 'found after payout, 1 piece(s); election due 2026-05-02'],
      ['ClaimRepaid', 'N4 P1', 'the insured repaid CNY 12,800.00'],
    ]);
    expect(afterPayment[1]?.details).toEqual([
      'piece(s) assessed: P1',
      'montreal figures in force since 2024-12-28: 26 SDR per kg',
      '1200 g = 31.2 SDR exactly',
      'SDR rate 9.6543 CNY (IMF SDR valuation, 2026-02-24), rounded half-even',
    ]);
  });

  it('sums up what followed the decision in the text, the JSON and the HTML report', () => {
    expect(formatReplay(replay).slice(-6)).toEqual([
      'Paid CNY 12,800.00 on 2026-02-24 14:00',
      'Carrier notice: given 2026-02-25 (PI-NOTICE-2026-0225), due 2026-03-15',
      'Carrier liability cap: CNY 301.21',
      'Recovery: filed CNY 301.21, recovered CNY 200.00, CNY 101.21 written off: The carrier disputes the weight',
      'Found after payout: P1 on 2026-04-02; repaid CNY 12,800.00',
      'Every rule of the catalogue holds.',
    ]);
    expect(replayToJson(replay).state.claim?.followUp.recovery).toEqual({
      filed: { minorUnits: 30121, currency: 'CNY' },
      filedAt: '2026-02-26T02:00:00.000Z',
      received: { minorUnits: 20000, currency: 'CNY' },
      full: false,
      closed: {
        reason: 'The carrier disputes the weight',
        writtenOff: { minorUnits: 10121, currency: 'CNY' },
        at: '2026-04-01T02:00:00.000Z',
      },
    });
    const html = renderHtmlReport(replay);
    expect(html).toContain('<tr><td>carrier liability cap</td><td>CNY 301.21</td></tr>');
    expect(html).toContain(
      '<tr><td>found after payout</td><td>P1 on 2026-04-02; repaid CNY 12,800.00</td></tr>',
    );
  });
});
