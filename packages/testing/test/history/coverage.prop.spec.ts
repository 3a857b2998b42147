import { ClaimType, claimCommandTypes, claimEventTypes, type RejectionCode } from '@parcel-claims/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHistory } from '../../src/history/arb-history.js';
import { historyPaths } from '../../src/history/paths.js';

const rejectionCodes: readonly RejectionCode[] = [
  'CommandNotPermitted',
  'ForeignParty',
  'ForeignCarrier',
  'BookedForOthers',
  'NotThePrincipal',
  'DelegationToSelf',
  'DelegationAlreadyGranted',
  'NoSuchDelegation',
  'WrongParcel',
  'TimeRunsBackwards',
  'ParcelNotBooked',
  'ParcelAlreadyBooked',
  'ShipmentOutOfOrder',
  'TrackingScanInFuture',
  'CurrencyMismatch',
  'AmountNotPositive',
  'InsuredValueAboveGoodsValue',
  'UnknownPolicy',
  'UnknownCalendar',
  'AlreadyInsured',
  'InsuranceAfterDispatch',
  'ParcelNotInsured',
  'ParcelNotShipped',
  'InquiryTooEarly',
  'FilingDeadlinePassed',
  'ParcelAlreadyDelivered',
  'ParcelNotDelivered',
  'DamageNoticeTooLate',
  'NoPieceMissing',
  'TheftClaimTooEarly',
  'TheftNoticeTooLate',
  'ClaimAlreadyOpen',
  'ClaimIdAlreadyUsed',
  'CoverageAlreadySettled',
  'NoSuchClaim',
  'ClaimClosed',
  'ClaimNotInStatus',
  'DossierIncomplete',
  'DocumentNotRequired',
  'DocumentProviderNotAllowed',
  'DocumentAlreadyAttached',
  'DocumentOverdue',
  'DocumentNotAttached',
  'DocumentAfterFilingDeadline',
  'DeadlineNotExtendable',
  'DocumentAlreadyProvided',
  'ExtensionBeyondLimit',
  'AmountOverflow',
  'ApprovedAmountNotPositive',
  'ApprovedAmountAboveCap',
  'ClaimAlreadyPaid',
  'PaymentAmountMismatch',
  'CarrierAlreadyNotified',
  'SdrRateMissing',
  'NoCarriageValue',
  'CarrierLiabilityNotAssessed',
  'RecoveryAlreadyFiled',
  'NoOpenRecovery',
  'RecoveryAboveLimit',
  'RecoveryAboveOutstanding',
  'NothingFoundAfterPayout',
  'SalvageAlreadyElected',
  'PartialApprovalReasonMissing',
  'PartialApprovalReasonWithFullCap',
  'SalvageNotForThisClaimType',
  'DecisionClockRunOut',
  'AnswerDueNotAhead',
  'NotThePartyAsked',
  'AppealTooLate',
  'NoAppealsLeft',
  'AppealWithoutDocuments',
  'DocumentNotNew',
  'PayeeNotAllowed',
  'PayeeNotTheParty',
  'PayeeMismatch',
  'PaymentMethodMismatch',
];

describe('coverage of generated histories', () => {
  it('generates every event type, every rejection and every claim type across the paths', () => {
    const events = new Map<string, number>();
    const rejections = new Map<string, number>();
    const commands = new Map<string, number>();
    const claimTypes = new Set<string>();
    for (const path of historyPaths) {
      for (const history of fc.sample(arbHistory({ path }), { numRuns: 600, seed: 42 })) {
        for (const e of history.events) {
          events.set(e.type, (events.get(e.type) ?? 0) + 1);
          if (e.type === 'InquiryOpened') claimTypes.add(e.data.claimType);
        }
        for (const a of history.attempts) {
          commands.set(a.command.type, (commands.get(a.command.type) ?? 0) + 1);
          if (a.outcome.kind === 'rejected')
            rejections.set(a.outcome.rejection.code, (rejections.get(a.outcome.rejection.code) ?? 0) + 1);
        }
      }
    }
    console.log('events', Object.fromEntries(events));
    console.log('rejections', Object.fromEntries(rejections));
    expect(claimEventTypes.filter((t) => !events.has(t))).toEqual([]);
    expect(claimCommandTypes.filter((t) => !commands.has(t))).toEqual([]);
    expect(rejectionCodes.filter((c) => !rejections.has(c))).toEqual([]);
    expect(Object.keys(ClaimType.keys).filter((c) => !claimTypes.has(c))).toEqual([]);
  }, 60_000);
});
