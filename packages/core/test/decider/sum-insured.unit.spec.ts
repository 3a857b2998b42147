import { describe, expect, it } from 'vitest';
import { foundingStory } from '../../src/examples/founding-story.js';
import { command, event } from '../support/builders.js';
import { given, run } from '../support/spec.js';

const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' }) as const;
const commands = foundingStory.map(command);

describe('the sum insured is the limit (R7)', () => {
  it('pays the founding story CNY 12,800.00, the sum insured, not CNY 12,980.00 with the shipping charge on top', () => {
    const events = run(commands);
    expect(events.filter((e) => e.type === 'ClaimAccepted' || e.type === 'ClaimPaid')).toEqual([
      event({
        type: 'ClaimAccepted',
        data: {
          at: '2026-02-13T02:00:00.000Z',
          commandId: '7f1d0c3e-0000-4000-8000-000000000017',
          claimId: 'TSS-CLAIM-0001',
          approvedAmount: cny(1_280_000),
          breakdown: {
            sumInsured: cny(1_280_000),
            insuredShare: null,
            provenLoss: cny(1_298_000),
            provenConversions: [],
            coveredShippingCost: cny(18_000),
            limit: cny(1_280_000),
            deductible: { rule: { kind: 'none' }, amount: cny(0) },
            carrierSettlement: cny(0),
            salvage: cny(0),
            cap: cny(1_280_000),
          },
          payoutDue: {
            from: '2026-02-13T02:00:00.000Z',
            dueAt: '2026-02-25T15:59:59.999Z',
            localDate: '2026-02-25',
            basis: { unit: 'working-days', count: 3 },
            calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
            weekendsOnlyFallback: false,
          },
          partialReason: null,
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
      event({
        type: 'ClaimPaid',
        data: {
          at: '2026-02-24T06:00:00.000Z',
          commandId: '7f1d0c3e-0000-4000-8000-000000000018',
          claimId: 'TSS-CLAIM-0001',
          amount: cny(1_280_000),
          paymentReference: 'PI-PAYOUT-2026-0213-01',
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
    ]);
  });

  it('refuses the CNY 12,980.00 the founding story was once paid: the covered shipping counts in the loss, inside the sum insured', () => {
    const acceptance = foundingStory[16];
    expect(acceptance?.type).toBe('AcceptClaim');
    const above = command({ ...acceptance, data: { ...acceptance?.data, approvedAmount: cny(1_298_000) } });
    given(run(commands.slice(0, 16)))
      .when(above)
      .thenRejected({
        code: 'ApprovedAmountAboveCap',
        rule: 'R7',
        approvedAmount: cny(1_298_000),
        breakdown: {
          sumInsured: cny(1_280_000),
          insuredShare: null,
          provenLoss: cny(1_298_000),
          provenConversions: [],
          coveredShippingCost: cny(18_000),
          limit: cny(1_280_000),
          deductible: { rule: { kind: 'none' }, amount: cny(0) },
          carrierSettlement: cny(0),
          salvage: cny(0),
          cap: cny(1_280_000),
        },
        message:
          'R7 approved amount within cap: approved CNY 12,980.00 exceeds the cap CNY 12,800.00' +
          ' = limit CNY 12,800.00 (the lower of sum insured CNY 12,800.00 and proven loss CNY 12,980.00)' +
          ' - deductible CNY 0.00 - carrier settlement CNY 0.00 - salvage CNY 0.00',
      });
  });
});
