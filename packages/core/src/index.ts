export {
  addCalendarDays,
  addWorkingDays,
  type BusinessCalendar,
  builtInCalendars,
  type CalendarCoverage,
  type CalendarError,
  CalendarId,
  CalendarRef,
  type CalendarRegistry,
  calendarId,
  calendarRef,
  calendarRegistry,
  cnMainlandCalendar,
  cnMainlandSchedules,
  countWorkingDays,
  DayCount,
  Deadline,
  endOfLocalDay,
  isOverdue,
  isWorkingDay,
  localDateOf,
  maxDayCount,
  nextWorkingDay,
  type OfficialCalendarSpec,
  officialCalendar,
  PositiveInteger,
  positiveInteger,
  weekendsOnlyCalendar,
} from './calendar/index.js';
export { decodeClaimCommand, decodeClaimEvent } from './codec/decode.js';
export {
  type DecodeError,
  type DecodeProblem,
  decodeError,
  decodeErrorFrom,
  type ProblemList,
} from './codec/decode-error.js';
export { formatCount } from './codec/format-count.js';
export { type InputLimits, inputLimits } from './codec/input-limits.js';
export { oversizedInputProblem } from './codec/oversized-input.js';
export {
  ClaimCommand,
  type ClaimCommandDefinition,
  type ClaimCommandType,
  type CommandOf,
  claimCommandCodecs,
  claimCommandRegistry,
  claimCommandTypes,
  permittedRoles,
} from './commands/claim-command.js';
export {
  type CommandCodec,
  type CommandDefinition,
  type CommandSpec,
  type CommandValue,
  defineCommand,
  type Given,
  nothingToFind,
} from './commands/define-command.js';
export { type Decision, decideWith, envelopeRules } from './decider/decide.js';
export { type ClaimsDecider, claimsDecider } from './decider/decider.js';
export { evolve, fold } from './decider/evolve.js';
export { because, type Rejection, type RejectionCode } from './decider/rejection.js';
export {
  type Acceptance,
  type Booking,
  type CarrierNotice,
  type Claim,
  type ClaimStatus,
  type Closure,
  type Coverage,
  type DecisionClock,
  type Delegation,
  type DocumentSlot,
  type DocumentStatus,
  type FollowUp,
  type FoundAfterPayout,
  type InformationRequest,
  initialState,
  isApproved,
  isClosed,
  noFollowUp,
  openClaim,
  type ParcelState,
  type Payment,
  type Piece,
  parcelWeightGrams,
  type Recovery,
  type Shipment,
  type ShipmentStage,
} from './decider/state.js';
export { type ClaimTerms, type DeciderContext, termsOf } from './decider/terms.js';
export {
  ClaimEvent,
  type ClaimEventDefinition,
  type ClaimEventType,
  claimEventCodecs,
  claimEventRegistry,
  claimEventTypes,
  type EventOf,
} from './events/claim-event.js';
export { AppealDocument } from './events/claim-reopened.js';
export {
  defineEvent,
  type EventCodec,
  type EventData,
  type EventDefinition,
  stampFields,
} from './events/define-event.js';
export { LiabilityBasis } from './events/liability-basis.js';
export {
  BookedPiece,
  DeductibleApplied,
  InsuredShare,
  MissingDocument,
  PayoutBreakdown,
  PieceBoxes,
  RequiredDocument,
} from './events/parts.js';
export { ClaimId, CommandId, NonEmptyText, ParcelId, PartyId, PieceId, TraceId } from './ids.js';
export {
  type AllocationError,
  addMoney,
  allocate,
  Conversion,
  ConversionRounding,
  CurrencyCode,
  compareMoney,
  convert,
  currencyCodes,
  currencyExponent,
  DecimalText,
  decimalText,
  type ExchangeError,
  ExchangeRate,
  equalsMoney,
  exactConversionText,
  formatMoney,
  formatPlain,
  isPositive,
  isZero,
  MinorUnits,
  Money,
  type MoneyError,
  minMoney,
  money,
  parseMoney,
  percentOf,
  subtractFloorZero,
  subtractMoney,
  zeroOf,
} from './money/index.js';
export { SdrRate } from './money/sdr-rate.js';
export {
  CarrierContract,
  CarrierContracts,
  LiabilityRegime,
  NoticeStart,
  NoticeTerms,
  NoticeWindow,
  RegimeFigures,
} from './policy/carrier-terms.js';
export { defaultCarrierNotice, liabilityRegimeTable } from './policy/data/carrier-defaults.js';
export { Deductible, describeDeductible } from './policy/deductible.js';
export { defaultPolicy } from './policy/default-policy.js';
export {
  AppealCount,
  type PolicyParameterDescription,
  type PolicyParameterName,
  PolicyParameters,
  type PolicyParameterUnit,
  type PolicyParameterValue,
  policyParameterCatalogue,
} from './policy/parameters.js';
export { Policy, PolicyId, type PolicyInvalid, PolicyRef, validatePolicy } from './policy/policy.js';
export { type PolicyBook, policyBook, type UnknownPolicy } from './policy/policy-book.js';
export { dossierRequirements } from './rules/d1-document-provision.js';
export { decisionDaysUsed } from './rules/k2-decision-clock.js';
export { isDelegate, partyOf } from './rules/p2-parcel-party.js';
export { type Finding, firstRefusal, type Rule, type RuleStep, rule } from './rules/rule.js';
export { type RuleId, ruleLabel, ruleTitles } from './rules/rule-id.js';
export { parcelStreamId, parcelStreamPrefix } from './stored/parcel-stream.js';
export {
  claimSchemaVersion,
  decodeRecordedClaimEvent,
  encodeClaimEvent,
  type StoredClaimEvent,
  type StoredEventProblem,
} from './stored/stored-claim-event.js';
export {
  type ClaimUpcaster,
  type ClaimUpcasterTable,
  claimUpcasters,
  firstPieceId,
} from './stored/upcasters.js';
export { CommandTime, commandTimeRange } from './time/command-time.js';
export {
  compareInstants,
  Instant,
  instantFromMillis,
  instantMillis,
  isAfter,
  isBefore,
} from './time/instant.js';
export { LocalDate, localDate } from './time/local-date.js';
export { Actor, PartyRole, Principal, PrincipalRole } from './vocabulary/actor.js';
export { ClaimType } from './vocabulary/claim-type.js';
export { ContentHash } from './vocabulary/content-hash.js';
export { CountryCode } from './vocabulary/country-code.js';
export { AttachableDocumentType, DocumentOwner, DocumentType } from './vocabulary/document-type.js';
export { InformationSource, WorkingDaysUsed } from './vocabulary/information.js';
export {
  notRecorded,
  Payee,
  PayeeRole,
  PaymentMethod,
  payeeRecorded,
  RecordedPayee,
  RecordedPayeeRole,
  RecordedPaymentMethod,
} from './vocabulary/payee.js';
export {
  ClaimRejectionReason,
  RecordedValueBasis,
  ValueBasis,
  WithdrawalReason,
} from './vocabulary/reasons.js';
