import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  CalendarId,
  type Claim,
  ClaimId,
  CommandId,
  ContentHash,
  CountryCode,
  fold,
  Instant,
  initialState,
  LocalDate,
  type Money,
  money,
  NonEmptyText,
  ParcelId,
  type ParcelState,
  PartyId,
  PolicyId,
  validatePolicy,
} from '../../src/index.js';
import { carrierDefaultsJson } from '../../src/policy/data/carrier-defaults.js';
import { deliveryEndsLossClaim } from '../../src/rules/k1-claim-lifecycle.js';
import { decisionNowOverdue } from '../../src/rules/k1-decision-due-date.js';
import { bookedParcel } from '../../src/rules/l1-shipment-lifecycle.js';
import { claimableParcel, insuranceBeforeDispatch } from '../../src/rules/r03-insured-before-dispatch.js';
import { paysApprovedAmount } from '../../src/rules/r08-paid-once.js';
import { payoutNowOverdue } from '../../src/rules/r09-payout-due-date.js';
import { at } from '../calendar/fixtures.js';
import { CLAIM, cid, event } from '../support/builders.js';
import { decision, dossier, foundingStory, shipment, t } from '../support/founding-story.js';
import { run, stateAfter } from '../support/spec.js';

const shipped = run(shipment);
const [booked, insured] = shipped;
const opened = run(dossier.slice(0, 1), shipped);
const submitted = run(decision.slice(0, 1), run(dossier, shipped));
const accepted = run(decision, run(dossier, shipped));
const late = at('2026-06-01T00:00:00.000Z');

/** The claim of a state the test expects to have one. */
const claimOf = (state: ParcelState): Claim => {
  if (state.claim === null) throw new Error('expected a claim');
  return state.claim;
};

describe('evolve is total: a fact without the state it refers to changes only the bookkeeping', () => {
  const pickedUp = event({ type: 'ParcelPickedUp', data: { at: t.pickedUp, commandId: cid(3) } });
  const tracked = event({
    type: 'TrackingUpdated',
    data: {
      at: t.scanRecorded,
      commandId: cid(7),
      scannedAt: t.scanned,
      location: 'Leipzig hub',
      description: 'Arrived at sorting facility',
    },
  });
  const claimSubmitted = event({
    type: 'ClaimSubmitted',
    data: {
      at: t.submitted,
      commandId: cid(14),
      claimId: CLAIM,
      decisionDue: {
        from: t.submitted,
        dueAt: '2026-02-28T15:59:59.999Z',
        localDate: '2026-02-28',
        basis: { unit: 'working-days', count: 10 },
        calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
        weekendsOnlyFallback: false,
      },
    },
  });

  it.each([
    ['a pickup without a booking', pickedUp],
    ['a tracking scan without a booking', tracked],
    ['a submission without a claim', claimSubmitted],
  ])('%s', (_name, fact) => {
    expect(fold(initialState, [fact])).toEqual({
      ...initialState,
      lastEventAt: fact.data.at,
      commands: { commandId: fact.data.commandId, previous: null },
    });
  });

  it('a first tracking scan of a parcel that never left starts its movement clock', () => {
    expect(stateAfter(booked === undefined ? [] : [booked, tracked]).shipment).toEqual({
      stage: 'booked',
      shippedAt: null,
      carrierId: null,
      lastMovementAt: t.scanned,
      deliveredAt: null,
      deliveredPieceIds: [],
    });
  });
});

describe('rules read straight from a state', () => {
  it('L1: a booking without a shipment, or a shipment without a booking, is no booked parcel', () => {
    const state = stateAfter(shipped);
    const notBooked = E.left({
      code: 'ParcelNotBooked',
      rule: 'L1',
      command: 'RecordPickup',
      message: 'L1 shipment lifecycle: RecordPickup needs a booked parcel; this stream has none',
    });
    expect([
      bookedParcel({ ...state, shipment: null }, 'RecordPickup'),
      bookedParcel({ ...state, booking: null }, 'RecordPickup'),
    ]).toEqual([notBooked, notBooked]);
  });

  it('R3: a stream without a booking has no parcel to insure, and one without a shipment has not shipped', () => {
    expect([
      claimableParcel(initialState),
      claimableParcel(stateAfter(insured === undefined ? [] : [insured])),
    ]).toEqual([
      E.left({
        code: 'ParcelNotInsured',
        rule: 'R3',
        parcelId: null,
        message: 'R3 insured before dispatch: parcel (not booked) has no insurance',
      }),
      E.left({
        code: 'ParcelNotShipped',
        rule: 'R3',
        stage: null,
        message: 'R3 insured before dispatch: the parcel has not left the processing centre (stage none)',
      }),
    ]);
  });

  it('R3: insurance may be bought on a stream that has no shipment yet', () => {
    expect(insuranceBeforeDispatch.check({ state: initialState, command: { data: { now: late } } })).toBe(
      undefined,
    );
  });

  it('K1: a delivery ends a loss claim on a piece it delivers, never a damage claim', () => {
    const state = stateAfter(opened);
    const loss = claimOf(state);
    const damage: Claim = { ...loss, claimType: 'damage' };
    const delivered = loss.pieceIds;
    expect([
      deliveryEndsLossClaim(state, delivered),
      deliveryEndsLossClaim({ ...state, claim: damage }, delivered),
      deliveryEndsLossClaim({ ...state, claim: { ...loss, pieceIds: [] } }, delivered),
    ]).toEqual([loss, null, null]);
  });

  it('K1: a submitted claim without a decision due date is never overdue', () => {
    const claim = claimOf(stateAfter(submitted));
    expect([
      decisionNowOverdue(claim, late),
      decisionNowOverdue({ ...claim, decisionDue: null }, late),
    ]).toEqual([true, false]);
  });

  it('R9: only an accepted, unpaid claim with a stored payout due date is overdue', () => {
    const claim = claimOf(stateAfter(accepted));
    const paid = claimOf(stateAfter(run(foundingStory)));
    expect([
      payoutNowOverdue(claim, late),
      payoutNowOverdue({ ...claim, payment: paid.payment }, late),
      payoutNowOverdue({ ...claim, acceptance: null }, late),
      payoutNowOverdue({ ...claim, status: 'withdrawn' }, late),
      payoutNowOverdue({ ...claim, payoutOverdue: true }, late),
    ]).toEqual([true, false, false, false, false]);
  });

  it('R8: only an accepted claim with its acceptance is paid', () => {
    const claim = claimOf(stateAfter(accepted));
    const paid = (c: Claim, amount: Money) =>
      paysApprovedAmount.check({ claim: c, command: { data: { amount } } });
    const notInStatus = (status: string) => ({
      code: 'ClaimNotInStatus',
      rule: 'R8',
      claimId: CLAIM,
      status,
      requiredStatus: 'accepted',
      message: `R8 paid once, exactly, after acceptance: claim ${CLAIM} is ${status}; only an accepted claim is paid`,
    });
    expect([
      paid(claim, money(300000, 'CNY')),
      paid({ ...claim, status: 'withdrawn' }, money(300000, 'CNY')),
      paid({ ...claim, acceptance: null }, money(300000, 'CNY')),
    ]).toEqual([undefined, notInStatus('withdrawn'), notInStatus('accepted')]);
  });
});

describe('identifiers and texts', () => {
  const hex = 'a'.repeat(64);
  const uuid = '00000000-0000-4000-8000-000000000001';

  it('codecs carry the names decode errors print', () => {
    expect(
      [CalendarId, LocalDate, Instant, ParcelId, ClaimId, PartyId, CommandId, CountryCode, ContentHash].map(
        (codec) => codec.name,
      ),
    ).toEqual([
      'CalendarId',
      'LocalDate',
      'Instant',
      'ParcelId',
      'ClaimId',
      'PartyId',
      'CommandId',
      'CountryCode',
      'ContentHash',
    ]);
  });

  it('a command id is a whole lower-case UUID', () => {
    expect([uuid, `x${uuid}`, `${uuid}0`].map((s) => CommandId.is(s))).toEqual([true, false, false]);
  });

  it('a country code is exactly two capital letters', () => {
    expect(['CN', 'CNX', 'xCN', 'cn'].map((s) => CountryCode.is(s))).toEqual([true, false, false, false]);
  });

  it('a content hash is exactly "sha256:" and 64 lower-case hex digits', () => {
    expect(
      [`sha256:${hex}`, `xsha256:${hex}`, `sha256:${hex}a`, `sha256:${hex}\n`].map((s) => ContentHash.is(s)),
    ).toEqual([true, false, false, false]);
  });

  it('a free text holds at most 2000 characters', () => {
    expect(['x'.repeat(2000), 'x'.repeat(2001)].map((s) => NonEmptyText.is(s))).toEqual([true, false]);
  });

  it('a policy id is 1 to 64 lower-case letters, digits, dots and dashes, starting with a letter or digit', () => {
    expect(
      ['parcel-standard', 'parcel standard', 'a'.repeat(64), 'a'.repeat(65), '-parcel'].map((s) =>
        PolicyId.is(s),
      ),
    ).toEqual([true, false, true, false, false]);
  });
});

describe('policy cross-field checks', () => {
  const parameters = {
    inquiryWaitingPeriod: { value: 7, unit: 'calendar-days' },
    noMovementPeriod: { value: 14, unit: 'calendar-days' },
    internationalInquiryWaitingPeriod: { value: 7, unit: 'calendar-days' },
    internationalNoMovementPeriod: { value: 14, unit: 'calendar-days' },
    filingDeadline: { value: 120, unit: 'calendar-days' },
    damageNoticeWindow: { value: 14, unit: 'calendar-days' },
    theftWaitingPeriod: { value: 5, unit: 'calendar-days' },
    theftNoticeWindow: { value: 30, unit: 'calendar-days' },
    policeReportThreshold: { value: { minorUnits: 70_000, currency: 'CNY' }, unit: 'money' },
    sellerDocumentGrace: { value: 30, unit: 'calendar-days' },
    carrierDocumentGrace: { value: 60, unit: 'calendar-days' },
    carrierDocumentGraceLimit: { value: 120, unit: 'calendar-days' },
    resubmissionGrace: { value: 14, unit: 'calendar-days' },
    decisionAfterCompleteDossier: { value: 10, unit: 'working-days' },
    payoutAfterAcceptance: { value: 3, unit: 'working-days' },
    deductible: { value: { kind: 'none' }, unit: 'deductible' },
    exchangeRateTolerance: { value: 3, unit: 'calendar-days' },
    carrierNotice: { value: carrierDefaultsJson.notice, unit: 'carrier-contracts' },
    carrierLiability: { value: carrierDefaultsJson.regimes, unit: 'liability-regimes' },
    salvageElectionWindow: { value: 30, unit: 'calendar-days' },
    appealWindow: { value: 30, unit: 'calendar-days' },
    appealsAllowed: { value: 1, unit: 'appeals' },
    payeesAllowed: { value: ['seller', 'forwarder'], unit: 'payees' },
  };
  const policy = (filingDeadline: number) => ({
    id: 'parcel-quick',
    version: 1,
    parameters: { ...parameters, filingDeadline: { value: filingDeadline, unit: 'calendar-days' } },
  });

  it('accepts a filing deadline longer than the waiting period though shorter than the no-movement period', () => {
    expect(validatePolicy(policy(8))).toEqual(E.right(policy(8)));
  });

  it('refuses a filing deadline equal to the shorter waiting period', () => {
    expect(validatePolicy(policy(7))).toEqual(
      E.left({
        code: 'PolicyInvalid',
        omitted: 0,
        problems: [
          {
            path: '$.parameters.filingDeadline.value',
            expected:
              'more days than inquiryWaitingPeriod or noMovementPeriod, or no loss inquiry could ever open',
            found: '7',
          },
          {
            path: '$.parameters.filingDeadline.value',
            expected:
              'more days than internationalInquiryWaitingPeriod or internationalNoMovementPeriod, or no loss inquiry on an international parcel could ever open',
            found: '7',
          },
        ],
        message:
          'invalid policy: $.parameters.filingDeadline.value: expected more days than inquiryWaitingPeriod' +
          ' or noMovementPeriod, or no loss inquiry could ever open, found 7; $.parameters.filingDeadline.value:' +
          ' expected more days than internationalInquiryWaitingPeriod or internationalNoMovementPeriod, or no loss' +
          ' inquiry on an international parcel could ever open, found 7',
      }),
    );
  });
});
