import type { Deadline } from '../calendar/index.js';
import type { PayoutBreakdown } from '../events/parts.js';
import type { ClaimId, NonEmptyText, ParcelId, PartyId, PieceId } from '../ids.js';
import type { Conversion, Money } from '../money/index.js';
import type { LiabilityRegime, NoticeStart } from '../policy/carrier-terms.js';
import type { PolicyRef } from '../policy/policy.js';
import { type RuleId, ruleLabel } from '../rules/rule-id.js';
import type { Instant } from '../time/instant.js';
import type { LocalDate } from '../time/local-date.js';
import type { PartyRole, PrincipalRole } from '../vocabulary/actor.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import type { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';
import type { InformationSource } from '../vocabulary/information.js';
import type {
  Payee,
  PayeeRole,
  PaymentMethod,
  RecordedPayee,
  RecordedPaymentMethod,
} from '../vocabulary/payee.js';
import type { ClaimStatus, ShipmentStage } from './state.js';

type Rej<C extends string, R extends RuleId, D extends object = object> = {
  readonly code: C;
  readonly rule: R;
  /** Names the rule and the values involved, for people. */
  readonly message: string;
} & Readonly<D>;

/** Why a command was refused. A value, never an exception; nothing is written. */
export type Rejection =
  | Rej<'CommandNotPermitted', 'P1', { command: string; role: PartyRole; allowed: readonly PartyRole[] }>
  | Rej<'ForeignParty', 'P2', { command: string; role: PartyRole; expected: PartyId | null; actor: PartyId }>
  | Rej<'ForeignCarrier', 'P2', { carrierId: PartyId; expected: PartyId | null }>
  | Rej<'BookedForOthers', 'P2', { role: PrincipalRole; named: PartyId; actor: PartyId }>
  | Rej<'NotThePrincipal', 'P2', { role: PrincipalRole; principal: PartyId | null; actor: PartyId }>
  | Rej<'DelegationToSelf', 'P2', { role: PrincipalRole; delegateId: PartyId }>
  | Rej<'DelegationAlreadyGranted', 'P2', { role: PrincipalRole; delegateId: PartyId; grantedAt: Instant }>
  | Rej<'NoSuchDelegation', 'P2', { role: PrincipalRole; delegateId: PartyId }>
  | Rej<'WrongParcel', 'S1', { streamParcelId: ParcelId; commandParcelId: ParcelId }>
  | Rej<'TimeRunsBackwards', 'R2', { now: Instant; lastEventAt: Instant }>
  | Rej<'ParcelNotBooked', 'L1', { command: string }>
  | Rej<'ParcelAlreadyBooked', 'L1', { bookedAt: Instant }>
  | Rej<
      'ShipmentOutOfOrder',
      'L1',
      { command: string; stage: ShipmentStage; allowedStages: readonly ShipmentStage[] }
    >
  | Rej<'TrackingScanInFuture', 'L1', { scannedAt: Instant; now: Instant }>
  | Rej<'CurrencyMismatch', 'C1' | 'R7' | 'N2' | 'N3', { field: string; expected: string; found: string }>
  | Rej<'AmountNotPositive', 'C1', { field: string; amount: Money }>
  | Rej<'NoPieces', 'C1', { field: string }>
  | Rej<'DuplicatePiece', 'C1' | 'C2', { field: string; pieceId: PieceId }>
  | Rej<'PieceValuesMismatch', 'C1', { field: string; goodsValue: Money; piecesTotalMinorUnits: number }>
  | Rej<
      'BoxesDoNotMatchPieces',
      'C1',
      { field: string; missing: readonly PieceId[]; unexpected: readonly PieceId[] }
    >
  | Rej<
      'InsuredValueAboveGoodsValue',
      'C1',
      { field: string; insuredValue: Money; bound: Money; conversions: readonly Conversion[] }
    >
  | Rej<'NoPiecesNamed', 'C2', { field: string }>
  | Rej<'UnknownPiece', 'C2', { field: string; pieceId: PieceId }>
  | Rej<'PieceAlreadyClaimed', 'C2', { field: string; pieceId: PieceId; claimId: ClaimId }>
  | Rej<'PieceAlreadyDelivered', 'C2', { field: string; pieceId: PieceId; claimType: ClaimType }>
  | Rej<'NoClaimablePiece', 'C2', { field: string }>
  | Rej<'UnknownPolicy', 'C1', { policy: PolicyRef }>
  | Rej<'UnknownCalendar', 'C1', { calendarId: string; reason: string }>
  | Rej<'AlreadyInsured', 'R3', { purchasedAt: Instant }>
  | Rej<'InsuranceAfterDispatch', 'R3', { shippedAt: Instant; now: Instant }>
  | Rej<'ParcelNotInsured', 'R3', { parcelId: ParcelId | null }>
  | Rej<'ParcelNotShipped', 'R3', { stage: ShipmentStage | null }>
  | Rej<
      'InquiryTooEarly',
      'R4',
      {
        route: 'domestic' | 'international';
        shippedAt: Instant;
        lastMovementAt: Instant;
        daysSinceDispatch: number;
        daysSinceMovement: number;
        waitingPeriodDays: number;
        noMovementDays: number;
      }
    >
  | Rej<
      'FilingDeadlinePassed',
      'R4',
      { shippedAt: Instant; daysSinceDispatch: number; filingDeadlineDays: number }
    >
  | Rej<'ParcelAlreadyDelivered', 'R4' | 'L1' | 'K3', { deliveredAt: Instant }>
  | Rej<'ParcelNotDelivered', 'R4', { stage: ShipmentStage | null }>
  | Rej<
      'DamageNoticeTooLate',
      'R4',
      { claimType: ClaimType; deliveredAt: Instant; daysSinceDelivery: number; noticeWindowDays: number }
    >
  | Rej<'NoPieceMissing', 'R4', { deliveredPieceIds: readonly PieceId[] }>
  | Rej<
      'TheftClaimTooEarly',
      'R4',
      { deliveredAt: Instant; daysSinceDelivery: number; waitingPeriodDays: number }
    >
  | Rej<
      'TheftNoticeTooLate',
      'R4',
      { deliveredAt: Instant; daysSinceDelivery: number; noticeWindowDays: number }
    >
  | Rej<'ClaimAlreadyOpen', 'R5', { openClaimId: ClaimId; status: ClaimStatus }>
  | Rej<'ClaimIdAlreadyUsed', 'R5', { claimId: ClaimId }>
  | Rej<'CoverageAlreadySettled', 'R5', { settledClaimId: ClaimId; status: ClaimStatus }>
  | Rej<'NoSuchClaim', 'K1', { claimId: ClaimId; currentClaimId: ClaimId | null }>
  | Rej<'ClaimClosed', 'R11', { claimId: ClaimId; status: ClaimStatus }>
  | Rej<
      'ClaimNotInStatus',
      'K1' | 'R8' | 'N1' | 'N2' | 'N3',
      { claimId: ClaimId; status: ClaimStatus; requiredStatus: ClaimStatus }
    >
  | Rej<'DossierIncomplete', 'R6', { missing: readonly DocumentType[]; rejected: readonly DocumentType[] }>
  | Rej<'DocumentNotRequired', 'D1', { documentType: DocumentType; claimType: ClaimType }>
  | Rej<
      'DocumentProviderNotAllowed',
      'D1',
      { documentType: DocumentType; role: PartyRole; allowed: readonly DocumentOwner[] }
    >
  | Rej<'DocumentAlreadyAttached', 'D1', { documentType: DocumentType; providedAt: Instant }>
  | Rej<'DocumentOverdue', 'D1', { documentType: DocumentType; due: Deadline; now: Instant }>
  | Rej<'DocumentNotAttached', 'D1', { documentType: DocumentType }>
  | Rej<
      'DocumentAfterFilingDeadline',
      'D1',
      {
        documentType: DocumentType;
        shippedAt: Instant;
        daysSinceDispatch: number;
        filingDeadlineDays: number;
      }
    >
  | Rej<'DeadlineNotExtendable', 'D2', { documentType: DocumentType; owedBy: DocumentOwner }>
  | Rej<'DocumentAlreadyProvided', 'D2', { documentType: DocumentType }>
  | Rej<
      'ExtensionBeyondLimit',
      'D2',
      { documentType: DocumentType; requestedDueAt: Instant; limitDueAt: Instant }
    >
  | Rej<'AmountOverflow', 'C1' | 'R7' | 'N2', { field: string }>
  | Rej<'ExchangeRateMissing', 'C1' | 'R7' | 'N2', { field: string; from: string; to: string }>
  | Rej<
      'ExchangeRateDateNotAcceptable',
      'C1' | 'R7' | 'N2',
      { field: string; rateDate: LocalDate; earliest: LocalDate; latest: LocalDate }
    >
  | Rej<'DeductibleCurrencyMismatch', 'C1', { expected: string; found: string }>
  | Rej<'ApprovedAmountNotPositive', 'R7', { approvedAmount: Money }>
  | Rej<'ApprovedAmountAboveCap', 'R7', { approvedAmount: Money; breakdown: PayoutBreakdown }>
  | Rej<'ClaimAlreadyPaid', 'R8', { paidAt: Instant; amount: Money }>
  | Rej<'PaymentAmountMismatch', 'R8', { approvedAmount: Money; offeredAmount: Money }>
  | Rej<'CarrierAlreadyNotified', 'N1', { notifiedAt: Instant; reference: NonEmptyText }>
  | Rej<'NoticeWindowNotStarted', 'N1', { from: NoticeStart }>
  | Rej<'SdrRateMissing', 'N2', { regime: LiabilityRegime }>
  | Rej<'NoRegimeFigures', 'N2', { regime: LiabilityRegime; carriageDate: LocalDate }>
  | Rej<'NoCarriageValue', 'N2', { parcelId: ParcelId | null }>
  | Rej<'CarrierLiabilityNotAssessed', 'N3', { claimId: ClaimId }>
  | Rej<'RecoveryAlreadyFiled', 'N3', { filed: Money; filedAt: Instant }>
  | Rej<'NoOpenRecovery', 'N3', { claimId: ClaimId; state: 'none' | 'received-in-full' | 'closed' }>
  | Rej<'RecoveryAmountNotPositive', 'N3', { field: string; amount: Money }>
  | Rej<
      'RecoveryAboveLimit',
      'N3',
      { amount: Money; limit: Money; paid: Money; repaid: Money | null; carrierCap: Money }
    >
  | Rej<'RecoveryAboveOutstanding', 'N3', { amount: Money; outstanding: Money }>
  | Rej<'NothingFoundAfterPayout', 'N4', { claimId: ClaimId }>
  | Rej<'SalvageAlreadyElected', 'N4', { election: 'repay' | 'surrender' }>
  | Rej<'PartialApprovalReasonMissing', 'R7', { approvedAmount: Money; cap: Money }>
  | Rej<'PartialApprovalReasonWithFullCap', 'R7', { approvedAmount: Money; cap: Money }>
  | Rej<'SalvageNotForThisClaimType', 'R7', { claimType: ClaimType }>
  | Rej<
      'DecisionClockRunOut',
      'K2',
      { decisionDays: number; workingDaysUsed: number; decisionDue: Deadline | null }
    >
  | Rej<'AnswerDueNotAhead', 'K2', { answerDue: Instant; now: Instant }>
  | Rej<'NotThePartyAsked', 'K2', { askedOf: InformationSource; role: PartyRole }>
  | Rej<'AppealTooLate', 'K3', { rejectedAt: Instant; daysSinceRejection: number; appealWindowDays: number }>
  | Rej<'NoAppealsLeft', 'K3', { appeals: number; appealsAllowed: number }>
  | Rej<'AppealWithoutDocuments', 'K3', { field: string }>
  | Rej<'DocumentNotNew', 'K3', { field: string; documentType: DocumentType; reference: string }>
  | Rej<'PayeeNotAllowed', 'E1', { role: PayeeRole; allowed: readonly PayeeRole[] }>
  | Rej<'PayeeNotTheParty', 'E1', { role: PayeeRole; named: PartyId; expected: PartyId }>
  | Rej<'PayeeMismatch', 'E1', { named: RecordedPayee; offered: Payee }>
  | Rej<'PaymentMethodMismatch', 'E1', { named: RecordedPaymentMethod; offered: PaymentMethod }>;

/** The code of every rejection, e.g. `InquiryTooEarly`. */
export type RejectionCode = Rejection['code'];

/** The message prefix naming the rule a rejection cites: `R4 inquiry window: …`. */
export const because = (rule: RuleId, explanation: string): string => `${ruleLabel(rule)}: ${explanation}`;
