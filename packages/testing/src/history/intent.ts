import type { ClaimCommandType } from '@parcel-claims/core';
import fc from 'fast-check';
import { arbDuration } from '../arbitraries/values.js';

/** What a generated step tries to do; `Repeat` sends an earlier command again, same id. */
export type IntentKind = ClaimCommandType | 'Repeat';

/**
 * A generated step before it becomes a command: the interpreter turns it into a concrete
 * command from the parcel's state at that moment, so every accepted step is reachable.
 * - `advance`: milliseconds after the previous step.
 * - `choice`: picks among the options the state offers (which document, which role, how much).
 * - `deviate`: a few values bend the command on purpose (a wrong role, an amount above the
 *   cap, a late document…) so that every rejection occurs; other values leave it as intended.
 */
export interface Intent {
  readonly kind: IntentKind;
  readonly advance: number;
  readonly choice: number;
  readonly deviate: number;
}

/**
 * An intent of one kind, its delay drawn between `minDays` and `maxDays`. `deviateMax` sets how
 * often it bends a rule: 99 for random steps, larger for steps of a path, which should mostly hold.
 */
export const arbIntent = (
  kind: IntentKind,
  minDays: number,
  maxDays: number,
  deviateMax = 99,
): fc.Arbitrary<Intent> =>
  fc
    .record({
      advance: arbDuration(minDays, maxDays),
      choice: fc.nat(),
      deviate: fc.noBias(fc.integer({ min: 0, max: deviateMax })),
    })
    .map((step) => ({ kind, ...step }));

const anyKind: readonly (readonly [IntentKind, number, number])[] = [
  ['BookParcel', 0, 1],
  ['PurchaseInsurance', 0, 1],
  ['RecordPickup', 0, 1],
  ['RecordHubArrival', 0, 1],
  ['ShipParcel', 0, 1],
  ['HandOverToCarrier', 0, 2],
  ['RecordTrackingUpdate', 0, 5],
  ['RecordDelivery', 0, 20],
  ['OpenInquiry', 1, 30],
  ['AttachDocument', 0, 20],
  ['RejectDocument', 0, 10],
  ['ExtendDocumentDeadline', 0, 30],
  ['ConfirmLoss', 0, 40],
  ['SubmitClaim', 0, 10],
  ['RequestInformation', 0, 5],
  ['AnswerInformationRequest', 0, 10],
  ['AcceptClaim', 0, 15],
  ['RejectClaim', 0, 15],
  ['AppealRejection', 0, 20],
  ['PayClaim', 0, 8],
  ['WithdrawClaim', 0, 20],
  ['CheckDeadlines', 0, 70],
  ['GrantDelegation', 0, 5],
  ['RevokeDelegation', 0, 10],
  ['NotifyCarrier', 0, 30],
  ['AssessCarrierLiability', 0, 20],
  ['FileRecovery', 0, 20],
  ['RecordRecovery', 0, 30],
  ['CloseRecovery', 0, 40],
  ['ElectSalvage', 0, 30],
  ['Repeat', 0, 5],
];

/** A step of any kind, with a delay typical of that kind. */
export const arbAnyIntent: fc.Arbitrary<Intent> = fc.oneof(
  ...anyKind.map(([kind, minDays, maxDays]) => arbIntent(kind, minDays, maxDays)),
);
