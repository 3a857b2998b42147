import * as t from 'io-ts';
import { DayCount } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import { described } from '../codec/described.js';
import { Money, money } from '../money/index.js';
import { PayeeRole } from '../vocabulary/payee.js';
import { CarrierContracts, RegimeFigures } from './carrier-terms.js';
import { defaultCarrierNotice, liabilityRegimeTable } from './data/carrier-defaults.js';
import { Deductible } from './deductible.js';

const calendarDays = closed({ value: DayCount, unit: t.literal('calendar-days') });
const workingDays = closed({ value: DayCount, unit: t.literal('working-days') });
const deductibleRule = closed({ value: Deductible, unit: t.literal('deductible') });
const amount = closed({ value: Money, unit: t.literal('money') });
const contracts = closed({ value: CarrierContracts, unit: t.literal('carrier-contracts') });
const regimes = closed({ value: t.array(RegimeFigures), unit: t.literal('liability-regimes') });

const isAppealCount = (n: number): n is t.Branded<number, AppealCountBrand> =>
  Number.isSafeInteger(n) && n >= 0 && n <= maxAppeals;

export interface AppealCountBrand {
  readonly AppealCount: unique symbol;
}

/** The most appeals any policy may allow against one claim's rejections. */
export const maxAppeals = 10;

/** How many times a rejection may be appealed: a whole number from 0 to `maxAppeals` (10). */
export const AppealCount = described(
  t.brand(t.number, isAppealCount, 'AppealCount'),
  `a whole number of appeals from 0 to ${maxAppeals}`,
);
export type AppealCount = t.TypeOf<typeof AppealCount>;

const appeals = closed({ value: AppealCount, unit: t.literal('appeals') });
const payees = closed({ value: t.array(PayeeRole), unit: t.literal('payees') });

/**
 * Every time window, service level and money rule of a policy. Each value names its unit:
 * filing windows are calendar days, service levels are working days in the payer calendar,
 * thresholds are amounts of money.
 */
export const PolicyParameters = closed({
  inquiryWaitingPeriod: calendarDays,
  noMovementPeriod: calendarDays,
  internationalInquiryWaitingPeriod: calendarDays,
  internationalNoMovementPeriod: calendarDays,
  filingDeadline: calendarDays,
  damageNoticeWindow: calendarDays,
  theftWaitingPeriod: calendarDays,
  theftNoticeWindow: calendarDays,
  policeReportThreshold: amount,
  sellerDocumentGrace: calendarDays,
  carrierDocumentGrace: calendarDays,
  carrierDocumentGraceLimit: calendarDays,
  resubmissionGrace: calendarDays,
  decisionAfterCompleteDossier: workingDays,
  payoutAfterAcceptance: workingDays,
  deductible: deductibleRule,
  exchangeRateTolerance: calendarDays,
  carrierNotice: contracts,
  carrierLiability: regimes,
  salvageElectionWindow: calendarDays,
  appealWindow: calendarDays,
  appealsAllowed: appeals,
  payeesAllowed: payees,
});
export type PolicyParameters = t.TypeOf<typeof PolicyParameters>;
/** The name of a policy parameter, e.g. `filingDeadline`. */
export type PolicyParameterName = keyof PolicyParameters;
/** The value of any one parameter, as a policy holds it. */
export type PolicyParameterValue = PolicyParameters[PolicyParameterName]['value'];
/** The unit any one parameter names. */
export type PolicyParameterUnit = PolicyParameters[PolicyParameterName]['unit'];

/** What a parameter means, its default and where the default comes from. */
export interface PolicyParameterDescription {
  readonly name: PolicyParameterName;
  readonly meaning: string;
  readonly defaultValue: number | Exclude<PolicyParameterValue, number> | readonly RegimeFigures[];
  readonly unit: PolicyParameterUnit;
  readonly basis: string;
}

/** The parameter catalogue, in the order of the domain reference. */
export const policyParameterCatalogue: readonly PolicyParameterDescription[] = [
  {
    name: 'inquiryWaitingPeriod',
    meaning: 'a loss inquiry on a domestic parcel opens no earlier than this after dispatch',
    defaultValue: 14,
    unit: 'calendar-days',
    basis: 'founding story ("two weeks"); USPS international inquiry at least 7 days',
  },
  {
    name: 'noMovementPeriod',
    meaning: 'or no earlier than this after the last tracking movement (domestic parcels)',
    defaultValue: 7,
    unit: 'calendar-days',
    basis: 'founding story ("one week"); Route 7 days domestic',
  },
  {
    name: 'internationalInquiryWaitingPeriod',
    meaning:
      'a loss inquiry on an international parcel (origin and destination differ) opens no earlier than this after dispatch',
    defaultValue: 14,
    unit: 'calendar-days',
    basis:
      'founding story (its international parcel waits two weeks); the market waits 20 (Route) to 55 days (InsureShip)',
  },
  {
    name: 'internationalNoMovementPeriod',
    meaning: 'or no earlier than this after the last tracking movement (international parcels)',
    defaultValue: 7,
    unit: 'calendar-days',
    basis: 'founding story ("one week"); Route 20 days, ParcelGuard 30 international',
  },
  {
    name: 'filingDeadline',
    meaning: 'a loss inquiry opens no later than this after dispatch',
    defaultValue: 120,
    unit: 'calendar-days',
    basis: 'Shipsurance/GBL 120 days; InsureShip 120 days international',
  },
  {
    name: 'damageNoticeWindow',
    meaning: 'a damage, partial-loss or missing-contents claim opens no later than this after delivery',
    defaultValue: 14,
    unit: 'calendar-days',
    basis: 'Montreal Convention art. 31; XCover 14-30 days; UPS partial-loss notice 14 days',
  },
  {
    name: 'theftWaitingPeriod',
    meaning: 'a theft-after-delivery claim opens no earlier than this after delivery',
    defaultValue: 5,
    unit: 'calendar-days',
    basis: 'Route and XCover wait 5-30 days for "delivered but not received"',
  },
  {
    name: 'theftNoticeWindow',
    meaning: 'a theft-after-delivery claim opens no later than this after delivery',
    defaultValue: 30,
    unit: 'calendar-days',
    basis: 'Route and XCover: within 30 days of delivery',
  },
  {
    name: 'policeReportThreshold',
    meaning:
      'a theft-after-delivery claim needs a police report when the claimed goods value is above this (or in another currency)',
    defaultValue: money(70_000, 'CNY'),
    unit: 'money',
    basis: 'Route wants a police report above USD 100 (about CNY 700.00)',
  },
  {
    name: 'sellerDocumentGrace',
    meaning:
      'seller documents (proof of value, buyer dispute evidence, damage photos, repair estimate, packing list, packaging photos, non-receipt statement, police report) are due this long after the inquiry',
    defaultValue: 30,
    unit: 'calendar-days',
    basis: 'market practice',
  },
  {
    name: 'carrierDocumentGrace',
    meaning:
      'forwarder and carrier documents (outbound record, proof of handover, loss confirmation, delivery weight record, proof of delivery) are due this long after the inquiry',
    defaultValue: 60,
    unit: 'calendar-days',
    basis: 'UPU gives operators up to 2 months to answer an inquiry; USPS asks to allow about 60 days',
  },
  {
    name: 'carrierDocumentGraceLimit',
    meaning: 'an extension may move a forwarder or carrier document no later than this after the inquiry',
    defaultValue: 120,
    unit: 'calendar-days',
    basis: 'twice the carrier grace; matches the 120-day filing window',
  },
  {
    name: 'resubmissionGrace',
    meaning: 'a rejected document may be replaced until at least this long after its rejection',
    defaultValue: 14,
    unit: 'calendar-days',
    basis: 'market practice for "needs action" claims',
  },
  {
    name: 'decisionAfterCompleteDossier',
    meaning: 'the insurer decides within this after the complete dossier is submitted',
    defaultValue: 10,
    unit: 'working-days',
    basis: 'DHL Express about 10 business days; InsureShip 7-10',
  },
  {
    name: 'payoutAfterAcceptance',
    meaning: 'the insurer pays within this after accepting the claim',
    defaultValue: 3,
    unit: 'working-days',
    basis: 'founding story',
  },
  {
    name: 'deductible',
    meaning:
      'taken off the limit of every payout: none, an amount, or a percentage of the limit (half-even) with a minimum; amounts in the coverage currency, or the purchase is refused',
    defaultValue: { kind: 'none' },
    unit: 'deductible',
    basis: 'no parcel programme found with one',
  },
  {
    name: 'exchangeRateTolerance',
    meaning:
      'a rate that converts an amount into the coverage currency is dated at most this far from the date of loss (the inquiry, in the payer calendar) or of the purchase',
    defaultValue: 3,
    unit: 'calendar-days',
    basis: 'a weekend and a holiday without a published reference rate',
  },
  {
    name: 'carrierNotice',
    meaning:
      'the carrier must receive a written claim within this many calendar days (payer calendar) of the acceptance, the delivery or the inquiry, per carrier contract, or the default for carriers without one; damage has its own window',
    defaultValue: defaultCarrierNotice,
    unit: 'carrier-contracts',
    basis: 'DHL Express: written claim within 30 days; FedEx international damage: 21 days',
  },
  {
    name: 'carrierLiability',
    meaning:
      "the international regimes capping a carrier's liability: SDR per kg of the pieces claimed (plus SDR per parcel), each figure from the date it took effect",
    defaultValue: liabilityRegimeTable,
    unit: 'liability-regimes',
    basis:
      'Montreal Convention (26 SDR/kg since 28 Dec 2024, 22 before), CMR 8.33 SDR/kg, UPU about 40 SDR + 4.50 SDR/kg',
  },
  {
    name: 'salvageElectionWindow',
    meaning:
      'once a paid parcel is found, the insured elects within this many calendar days (payer calendar) to repay or to surrender the goods',
    defaultValue: 30,
    unit: 'calendar-days',
    basis: 'USPS asks for repayment; ParcelGuard and InsureShip expect goods surrendered on request',
  },
  {
    name: 'appealWindow',
    meaning: 'a rejection may be appealed, with new documents, no later than this after the rejection',
    defaultValue: 30,
    unit: 'calendar-days',
    basis: 'UPS accepts a rebuttal of a denied claim with new documents; market practice 30 days',
  },
  {
    name: 'appealsAllowed',
    meaning: 'how many times the rejections of one claim may be appealed',
    defaultValue: 1,
    unit: 'appeals',
    basis: 'one rebuttal per denied claim (UPS)',
  },
  {
    name: 'payeesAllowed',
    meaning:
      'who an acceptance may name as payee: the seller, the forwarder acting for it, and the buyer only where listed',
    defaultValue: ['seller', 'forwarder'],
    unit: 'payees',
    basis: 'EasyPost pays the account holder; UPS Capital names a payment recipient',
  },
];
