import * as E from 'fp-ts/lib/Either.js';
import { carrierDefaultsJson } from './data/carrier-defaults.js';
import { type Policy, validatePolicy } from './policy.js';

const defaults = {
  id: 'parcel-standard',
  version: 1,
  parameters: {
    inquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
    noMovementPeriod: { value: 7, unit: 'calendar-days' },
    internationalInquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
    internationalNoMovementPeriod: { value: 7, unit: 'calendar-days' },
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
  },
};

const checked = validatePolicy(defaults);
// Stryker disable next-line StringLiteral: the defaults above are valid, so this message is never built
if (E.isLeft(checked)) throw new Error(`the built-in default policy is invalid: ${checked.left.message}`);

/** `parcel-standard` version 1: the defaults of the claims domain reference. */
export const defaultPolicy: Policy = checked.right;
