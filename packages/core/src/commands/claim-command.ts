import type * as t from 'io-ts';
import type { CheckingDecoder } from '../codec/checking-decoder.js';
import { type TaggedCodec, taggedUnion } from '../codec/tagged-union.js';
import type { Decision } from '../decider/decision.js';
import type { ParcelState } from '../decider/state.js';
import type { DeciderContext } from '../decider/terms.js';
import type { RuleStep } from '../rules/rule.js';
import type { PartyRole } from '../vocabulary/actor.js';
import { acceptClaim } from './accept-claim.js';
import { answerInformationRequest } from './answer-information-request.js';
import { appealRejection } from './appeal-rejection.js';
import { assessCarrierLiability } from './assess-carrier-liability.js';
import { attachDocument } from './attach-document.js';
import { bookParcel } from './book-parcel.js';
import { checkDeadlines } from './check-deadlines.js';
import { closeRecovery } from './close-recovery.js';
import { confirmLoss } from './confirm-loss.js';
import { electSalvage } from './elect-salvage.js';
import { extendDocumentDeadline } from './extend-document-deadline.js';
import { fileRecovery } from './file-recovery.js';
import { grantDelegation } from './grant-delegation.js';
import { handOverToCarrier } from './hand-over-to-carrier.js';
import { notifyCarrier } from './notify-carrier.js';
import { openInquiry } from './open-inquiry.js';
import { payClaim } from './pay-claim.js';
import { purchaseInsurance } from './purchase-insurance.js';
import { recordDelivery } from './record-delivery.js';
import { recordHubArrival } from './record-hub-arrival.js';
import { recordPickup } from './record-pickup.js';
import { recordRecovery } from './record-recovery.js';
import { recordTrackingUpdate } from './record-tracking-update.js';
import { rejectClaim } from './reject-claim.js';
import { rejectDocument } from './reject-document.js';
import { requestInformation } from './request-information.js';
import { revokeDelegation } from './revoke-delegation.js';
import { shipParcel } from './ship-parcel.js';
import { submitClaim } from './submit-claim.js';
import { withdrawClaim } from './withdraw-claim.js';

// The single list of command types: one line per type. The command union, the codecs, the
// generated checks, the permitted roles and every table keyed by command type in this and other
// packages are derived from it or typed over its keys.
const definitions = {
  BookParcel: bookParcel,
  PurchaseInsurance: purchaseInsurance,
  RecordPickup: recordPickup,
  RecordHubArrival: recordHubArrival,
  ShipParcel: shipParcel,
  HandOverToCarrier: handOverToCarrier,
  RecordTrackingUpdate: recordTrackingUpdate,
  RecordDelivery: recordDelivery,
  OpenInquiry: openInquiry,
  AttachDocument: attachDocument,
  RejectDocument: rejectDocument,
  ExtendDocumentDeadline: extendDocumentDeadline,
  ConfirmLoss: confirmLoss,
  SubmitClaim: submitClaim,
  RequestInformation: requestInformation,
  AnswerInformationRequest: answerInformationRequest,
  AcceptClaim: acceptClaim,
  RejectClaim: rejectClaim,
  AppealRejection: appealRejection,
  PayClaim: payClaim,
  WithdrawClaim: withdrawClaim,
  CheckDeadlines: checkDeadlines,
  GrantDelegation: grantDelegation,
  RevokeDelegation: revokeDelegation,
  NotifyCarrier: notifyCarrier,
  AssessCarrierLiability: assessCarrierLiability,
  FileRecovery: fileRecovery,
  RecordRecovery: recordRecovery,
  CloseRecovery: closeRecovery,
  ElectSalvage: electSalvage,
};

/** The name of every command on a parcel stream. */
export type ClaimCommandType = keyof typeof definitions;

type CommandDataOf = { [T in ClaimCommandType]: t.TypeOf<(typeof definitions)[T]['codec']>['data'] };

/**
 * The command of one type written so that, for a type parameter `T`, `type` is `T` and `data` is
 * the data of `T`: what lets one generic function hand any command to its own type's step.
 */
export type TypedCommand<T extends ClaimCommandType> = { type: T; data: CommandDataOf[T] };

/** Every command on a parcel stream. */
export type ClaimCommand = { [T in ClaimCommandType]: TypedCommand<T> }[ClaimCommandType];

/** The command of one type, e.g. `CommandOf<'PayClaim'>`. */
export type CommandOf<T extends ClaimCommandType> = Extract<ClaimCommand, { type: T }>;

/** A command as a caller sends it: plain JSON, before its fields are checked and branded. */
export type ClaimCommandJson = {
  [T in ClaimCommandType]: t.OutputOf<(typeof definitions)[T]['codec']>;
}[ClaimCommandType];

/** One command type as the registry holds it: its codec, who may send it, its rules in order, its decide step. */
export interface ClaimCommandDefinition<T extends ClaimCommandType> {
  readonly type: T;
  readonly codec: TaggedCodec<T, TypedCommand<T>>;
  readonly roles: readonly PartyRole[];
  readonly precedence: readonly RuleStep[];
  readonly rules: readonly RuleStep[];
  /** Decides the command against the state, after the envelope's rules have passed. */
  readonly decide: (command: TypedCommand<T>, state: ParcelState, context: DeciderContext) => Decision;
}

/** Every command type, by name. */
export const claimCommandRegistry: { readonly [T in ClaimCommandType]: ClaimCommandDefinition<T> } =
  definitions;

/** Every command type name, in the order of the registry. */
export const claimCommandTypes: readonly ClaimCommandType[] = Object.values(claimCommandRegistry).map(
  (definition) => definition.type,
);

/** The codec of each command type, for decoders that report errors against the one shape a `type` names. */
export const claimCommandCodecs: ReadonlyMap<ClaimCommandType, CheckingDecoder<ClaimCommand>> = new Map(
  Object.values(claimCommandRegistry).map((definition) => [definition.type, definition.codec] as const),
);

/** Every command on a parcel stream, as one codec: checked and decoded by the codec its `type` names. */
export const ClaimCommand: t.Type<ClaimCommand, ClaimCommandJson> = taggedUnion(
  'ClaimCommand',
  claimCommandCodecs,
);

/** The roles that may send a command of the given type (rule P1). */
export const permittedRoles = (type: ClaimCommandType): readonly PartyRole[] =>
  claimCommandRegistry[type].roles;
