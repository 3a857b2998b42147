import type {
  Amount,
  AttachableDocumentType,
  ClaimType,
  CommandType,
  DocumentType,
  Role,
  WithdrawalReason,
} from './vocabulary.js';

/** What every command carries: the parcel it is for (its index in the model), its id, its time and who sends it. */
export interface Envelope {
  readonly parcel: number;
  readonly commandId: string;
  readonly now: number;
  readonly role: Role;
}

/** The fields of each command type besides its envelope. */
interface Bodies {
  readonly BookParcel: { readonly declared: Amount; readonly shipping: Amount };
  readonly PurchaseInsurance: {
    readonly insured: Amount;
    readonly premium: Amount;
    readonly coversShipping: boolean;
  };
  readonly RecordPickup: object;
  readonly RecordHubArrival: object;
  readonly ShipParcel: object;
  readonly HandOverToCarrier: object;
  readonly RecordTrackingUpdate: { readonly scannedAt: number };
  readonly RecordDelivery: object;
  readonly OpenInquiry: { readonly claimId: string; readonly claimType: ClaimType };
  readonly AttachDocument: { readonly claimId: string; readonly documentType: AttachableDocumentType };
  readonly RejectDocument: { readonly claimId: string; readonly documentType: DocumentType };
  readonly ExtendDocumentDeadline: {
    readonly claimId: string;
    readonly documentType: DocumentType;
    readonly days: number;
  };
  readonly ConfirmLoss: { readonly claimId: string };
  readonly SubmitClaim: { readonly claimId: string };
  readonly AcceptClaim: { readonly claimId: string; readonly proven: Amount; readonly approved: Amount };
  readonly RejectClaim: { readonly claimId: string };
  readonly PayClaim: { readonly claimId: string; readonly amount: Amount };
  readonly WithdrawClaim: { readonly claimId: string; readonly reason: WithdrawalReason };
  readonly CheckDeadlines: object;
}

/** A command's own fields, before it gets an id, a time, a sender and a parcel. */
export type CommandBody = { readonly [T in CommandType]: { readonly type: T } & Bodies[T] }[CommandType];

/** A command of the given types, with every value decided. */
export type CommandOf<T extends CommandType> = {
  readonly [K in T]: Envelope & { readonly type: K } & Bodies[K];
}[T];

/** A command with every value decided, ready to be judged by the model and sent to the service. */
export type ModelCommand = CommandOf<CommandType>;

/** What a generator decides: the body and who sends it. */
export interface Step {
  readonly role: Role;
  readonly body: CommandBody;
}

/** The command once it has its parcel, id, time and sender. */
export const withEnvelope = (envelope: Envelope, body: CommandBody): ModelCommand => ({
  ...envelope,
  ...body,
});
