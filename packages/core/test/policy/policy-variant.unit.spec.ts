import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  builtInCalendars,
  type ClaimCommand,
  type ClaimEvent,
  type ClaimsDecider,
  claimsDecider,
  defaultPolicy,
  fold,
  type Policy,
  policyBook,
  validatePolicy,
} from '../../src/index.js';
import { CLAIM, cid, cmd, cnDeadline, cny, event, parties } from '../support/builders.js';
import { foundingStory, t } from '../support/founding-story.js';
import { run } from '../support/spec.js';

/** parcel-standard version 2: payout within 5 working days, and a deductible of CNY 50.00. */
const variant: Policy = (() => {
  const checked = validatePolicy({
    ...defaultPolicy,
    version: 2,
    parameters: {
      ...defaultPolicy.parameters,
      payoutAfterAcceptance: { value: 5, unit: 'working-days' },
      deductible: {
        value: { kind: 'amount', amount: { minorUnits: 5000, currency: 'CNY' } },
        unit: 'deductible',
      },
      exchangeRateTolerance: { value: 3, unit: 'calendar-days' },
      appealWindow: { value: 30, unit: 'calendar-days' },
      appealsAllowed: { value: 1, unit: 'appeals' },
      payeesAllowed: { value: ['seller', 'forwarder'], unit: 'payees' },
    },
  });
  if (E.isLeft(checked)) throw new Error(checked.left.message);
  return checked.right;
})();

/** parcel-standard version 3: a deductible of 2.5% of the limit, at least CNY 50.00. */
const percentageVariant: Policy = (() => {
  const checked = validatePolicy({
    ...defaultPolicy,
    version: 3,
    parameters: {
      ...defaultPolicy.parameters,
      deductible: {
        value: { kind: 'percentage', percent: '2.5', minimum: { minorUnits: 5000, currency: 'CNY' } },
        unit: 'deductible',
      },
    },
  });
  if (E.isLeft(checked)) throw new Error(checked.left.message);
  return checked.right;
})();

const bothVersions = claimsDecider({
  policies: policyBook([defaultPolicy, variant, percentageVariant]),
  calendars: builtInCalendars,
});
const version1Only = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });

/** Runs commands through a decider, failing loudly on the first rejection. */
const runWith = (decider: ClaimsDecider, commands: readonly ClaimCommand[]): ClaimEvent[] => {
  const events: ClaimEvent[] = [];
  for (const command of commands) {
    const decision = decider.decide(command, fold(decider.initialState, events));
    if (E.isLeft(decision)) throw new Error(`${command.type} was rejected: ${decision.left.message}`);
    events.push(...decision.right);
  }
  return events;
};

const version2 = { id: 'parcel-standard', version: 2 } as const;

/** The founding story up to submission, insured under version 2. */
const submittedUnderVersion2 = (insurance: Record<string, unknown> = {}): ClaimCommand[] => [
  cmd.bookParcel(1, t.booked),
  cmd.purchaseInsurance(2, t.insured, { policy: version2, ...insurance }),
  cmd.recordPickup(3, t.pickedUp),
  cmd.recordHubArrival(4, t.atHub),
  cmd.shipParcel(5, t.shipped),
  cmd.handOverToCarrier(6, t.handedOver),
  cmd.recordTrackingUpdate(7, t.scanRecorded, t.scanned),
  cmd.openInquiry(8, t.inquiry),
  cmd.attachDocument(9, t.outboundRecord, 'outbound-record'),
  cmd.attachDocument(10, t.handoverProof, 'proof-of-handover'),
  cmd.attachDocument(11, t.valueProof, 'proof-of-value', { as: 'seller' }),
  cmd.attachDocument(12, t.disputeEvidence, 'buyer-dispute-evidence', { as: 'seller' }),
  cmd.confirmLoss(13, t.lossConfirmed),
  cmd.submitClaim(14, t.submitted),
];

const lastOf = (events: readonly ClaimEvent[]): ClaimEvent | undefined => events[events.length - 1];

describe('a coverage bought under policy version 2', () => {
  const history = runWith(bothVersions, [
    ...submittedUnderVersion2(),
    cmd.acceptClaim(15, t.accepted, { approvedAmount: cny(295000) }),
  ]);

  it('records version 2 and its deductible, in the coverage currency, at purchase', () => {
    expect(history[1]).toEqual(
      event({
        type: 'InsurancePurchased',
        data: {
          at: t.insured,
          commandId: cid(2),
          insurerId: parties.insurer,
          policy: version2,
          insuredValue: cny(300000),
          valueBasis: 'invoice',
          coversShippingCost: false,
          premium: cny(3000),
          deductible: { kind: 'amount', amount: cny(5000) },
          payerCalendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
          conversions: [],
        },
      }),
    );
  });

  it('names version 2 on the inquiry, with the same documents and due dates as version 1', () => {
    const founding = run(foundingStory)[7];
    expect(founding?.type).toBe('InquiryOpened');
    expect(history[7]).toEqual(
      founding === undefined ? null : { ...founding, data: { ...founding.data, policy: version2 } },
    );
  });

  // Accepted Friday 13 February 10:00 in Shanghai: Saturday 14 is a make-up working day (1), the
  // Spring Festival break runs 15-23 February, then Tuesday 24 (2), Wednesday 25 (3), Thursday 26 (4),
  // Friday 27 (5). Cap: min(insured 3,000.00, proven 3,200.00) - deductible 50.00 = 2,950.00.
  it('is accepted with payout due in 5 working days and the deductible subtracted from the cap', () => {
    expect(lastOf(history)).toEqual(
      event({
        type: 'ClaimAccepted',
        data: {
          at: t.accepted,
          commandId: cid(15),
          claimId: CLAIM,
          approvedAmount: cny(295000),
          breakdown: {
            sumInsured: cny(300000),
            insuredShare: null,
            provenLoss: cny(320000),
            provenConversions: [],
            coveredShippingCost: cny(0),
            limit: cny(300000),
            deductible: { rule: { kind: 'amount', amount: cny(5000) }, amount: cny(5000) },
            carrierSettlement: cny(0),
            salvage: cny(0),
            cap: cny(295000),
          },
          payoutDue: cnDeadline(t.accepted, '2026-02-27', 'working-days', 5),
          partialReason: null,
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
    );
  });

  it('refuses an approval above the cap the deductible lowered', () => {
    const state = fold(bothVersions.initialState, runWith(bothVersions, submittedUnderVersion2()));
    const breakdown = {
      sumInsured: cny(300000),
      insuredShare: null,
      provenLoss: cny(320000),
      provenConversions: [],
      coveredShippingCost: cny(0),
      limit: cny(300000),
      deductible: { rule: { kind: 'amount', amount: cny(5000) }, amount: cny(5000) },
      carrierSettlement: cny(0),
      salvage: cny(0),
      cap: cny(295000),
    };
    expect(bothVersions.decide(cmd.acceptClaim(15, t.accepted), state)).toEqual(
      E.left({
        code: 'ApprovedAmountAboveCap',
        rule: 'R7',
        approvedAmount: cny(300000),
        breakdown,
        message:
          'R7 approved amount within cap: approved CNY 3,000.00 exceeds the cap CNY 2,950.00 = limit CNY 3,000.00' +
          ' (the lower of sum insured CNY 3,000.00 and proven loss CNY 3,200.00) - deductible CNY 50.00 - carrier settlement CNY 0.00 - salvage CNY 0.00',
      }),
    );
  });

  // With shipping covered: min(insured 3,000.00, proven 2,500.00 + shipping 120.00) - deductible 50.00 = 2,570.00.
  it('subtracts the deductible from the limit, covered shipping counted in the proven loss', () => {
    const events = runWith(bothVersions, [
      ...submittedUnderVersion2({ coversShippingCost: true }),
      cmd.acceptClaim(15, t.accepted, { provenValue: cny(250000), approvedAmount: cny(257000) }),
    ]);
    expect(lastOf(events)).toEqual(
      event({
        type: 'ClaimAccepted',
        data: {
          at: t.accepted,
          commandId: cid(15),
          claimId: CLAIM,
          approvedAmount: cny(257000),
          breakdown: {
            sumInsured: cny(300000),
            insuredShare: null,
            provenLoss: cny(262000),
            provenConversions: [],
            coveredShippingCost: cny(12000),
            limit: cny(262000),
            deductible: { rule: { kind: 'amount', amount: cny(5000) }, amount: cny(5000) },
            carrierSettlement: cny(0),
            salvage: cny(0),
            cap: cny(257000),
          },
          payoutDue: cnDeadline(t.accepted, '2026-02-27', 'working-days', 5),
          partialReason: null,
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
    );
  });

  it('is not overdue on the day version 1 would flag, and is on the day after its own due date', () => {
    const state = fold(bothVersions.initialState, history);
    expect(bothVersions.decide(cmd.checkDeadlines(16, '2026-02-26T00:00:00.000Z'), state)).toEqual(
      E.right([]),
    );
    expect(bothVersions.decide(cmd.checkDeadlines(16, '2026-02-28T00:00:00.000Z'), state)).toEqual(
      E.right([
        event({
          type: 'PayoutOverdue',
          data: {
            at: '2026-02-28T00:00:00.000Z',
            commandId: cid(16),
            claimId: CLAIM,
            dueAt: '2026-02-27T15:59:59.999Z',
          },
        }),
      ]),
    );
  });

  it('cannot be bought, nor claimed on, under a book without version 2', () => {
    const unknown = {
      code: 'UnknownPolicy',
      rule: 'C1',
      policy: version2,
      message: 'C1 coverage terms: policy parcel-standard@2 is not in the policy book',
    };
    const booked = fold(version1Only.initialState, runWith(version1Only, [cmd.bookParcel(1, t.booked)]));
    expect(version1Only.decide(cmd.purchaseInsurance(2, t.insured, { policy: version2 }), booked)).toEqual(
      E.left(unknown),
    );
    const submitted = fold(version1Only.initialState, runWith(bothVersions, submittedUnderVersion2()));
    expect(
      version1Only.decide(cmd.acceptClaim(15, t.accepted, { approvedAmount: cny(295000) }), submitted),
    ).toEqual(E.left(unknown));
  });
});

describe('a coverage bought under policy version 1, with version 2 in the book', () => {
  it('writes exactly the founding story: 3 working days to pay and no deductible', () => {
    const history = runWith(bothVersions, foundingStory);
    expect(history).toEqual(run(foundingStory));
    expect(history.find((e) => e.type === 'ClaimAccepted')).toEqual(
      event({
        type: 'ClaimAccepted',
        data: {
          at: t.accepted,
          commandId: cid(15),
          claimId: CLAIM,
          approvedAmount: cny(300000),
          breakdown: {
            sumInsured: cny(300000),
            insuredShare: null,
            provenLoss: cny(320000),
            provenConversions: [],
            coveredShippingCost: cny(0),
            limit: cny(300000),
            deductible: { rule: { kind: 'none' }, amount: cny(0) },
            carrierSettlement: cny(0),
            salvage: cny(0),
            cap: cny(300000),
          },
          payoutDue: cnDeadline(t.accepted, '2026-02-25', 'working-days', 3),
          partialReason: null,
          payee: { role: 'seller', partyId: 'seller-a' },
          method: 'bank-transfer',
        },
      }),
    );
  });
});

describe('a deductible as a percentage of the limit, with a minimum (policy version 3)', () => {
  const version3 = { id: 'parcel-standard', version: 3 } as const;
  const submitted = fold(
    bothVersions.initialState,
    runWith(bothVersions, submittedUnderVersion2({ policy: version3 })),
  );
  const rule = { kind: 'percentage', percent: '2.5', minimum: cny(5000) } as const;
  const breakdownFor = (proven: number, deductible: number) => ({
    sumInsured: cny(300000),
    insuredShare: null,
    provenLoss: cny(proven),
    provenConversions: [],
    coveredShippingCost: cny(0),
    limit: cny(Math.min(300000, proven)),
    deductible: { rule, amount: cny(deductible) },
    carrierSettlement: cny(0),
    salvage: cny(0),
    cap: cny(Math.min(300000, proven) - deductible),
  });
  const capOf = (proven: number) => {
    const decision = bothVersions.decide(
      cmd.acceptClaim(15, t.accepted, { provenValue: cny(proven), approvedAmount: cny(300000) }),
      submitted,
    );
    return E.isLeft(decision) && decision.left.code === 'ApprovedAmountAboveCap'
      ? decision.left.breakdown
      : null;
  };

  it('takes 2.5% of the limit: CNY 75.00 of CNY 3,000.00', () => {
    expect(capOf(320000)).toEqual(breakdownFor(320000, 7500));
  });

  it('rounds the percentage half-even to the fen: 2.5% of CNY 2,500.20 is 62.505, taken as 62.50', () => {
    expect(capOf(250020)).toEqual(breakdownFor(250020, 6250));
  });

  it('takes at least the minimum: CNY 50.00 where 2.5% of CNY 1,500.00 is CNY 37.50', () => {
    expect(capOf(150000)).toEqual(breakdownFor(150000, 5000));
  });

  it('records the rule on the coverage, copied from the policy version at purchase', () => {
    expect(submitted.coverage?.deductible).toEqual(rule);
  });

  it('refuses a coverage in another currency than the deductible amounts of the policy', () => {
    const booked = fold(bothVersions.initialState, runWith(bothVersions, [cmd.bookParcel(1, t.booked)]));
    const rate = { from: 'CNY', to: 'EUR', rate: '0.128', date: '2026-01-05', source: 'ECB reference rate' };
    expect(
      bothVersions.decide(
        cmd.purchaseInsurance(2, t.insured, {
          policy: version3,
          insuredValue: { minorUnits: 40000, currency: 'EUR' },
          rates: [rate],
        }),
        booked,
      ),
    ).toEqual(
      E.left({
        code: 'DeductibleCurrencyMismatch',
        rule: 'C1',
        expected: 'EUR',
        found: 'CNY',
        message:
          "C1 coverage terms: the policy's deductible is in CNY; a coverage in EUR cannot be bought under it",
      }),
    );
  });
});
