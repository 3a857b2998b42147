import type {
  Amount,
  AttachableDocumentType,
  ClaimType,
  CommandType,
  Currency,
  DocumentType,
  Role,
  Who,
  WithdrawalReason,
} from './vocabulary.js';

/**
 * What every command carries: the parcel it is for (its index in the model), its id, its time and
 * who sends it: a role and the party id acting in it.
 */
export interface Envelope {
  readonly parcel: number;
  readonly commandId: string;
  readonly now: number;
  readonly role: Role;
  readonly actorId: string;
}

/**
 * An exchange rate a command sends: from one currency to another at the model's quoted rate
 * (model-policy.ts), published for a Shanghai local day (its day number, see time.ts).
 */
export interface ModelRate {
  readonly from: Currency;
  readonly to: Currency;
  readonly day: number;
}

/** A booked piece: its goods value in the booking's currency; its id is `P` and its position from 1. */
export type PieceValue = number;

/** The fields of each command type besides its envelope. */
interface Bodies {
  readonly BookParcel: {
    readonly declared: Amount;
    readonly shipping: Amount;
    readonly pieces: readonly PieceValue[];
    readonly sellerId: string;
    readonly forwarderId: string;
  };
  readonly PurchaseInsurance: {
    readonly insured: Amount;
    readonly premium: Amount;
    readonly coversShipping: boolean;
    readonly insurerId: string;
    readonly rates: readonly ModelRate[];
  };
  readonly RecordPickup: object;
  readonly RecordHubArrival: object;
  readonly ShipParcel: object;
  readonly HandOverToCarrier: { readonly carrierId: string; readonly pieceIds: readonly string[] };
  readonly RecordTrackingUpdate: { readonly scannedAt: number };
  readonly RecordDelivery: { readonly pieceIds: readonly string[] };
  readonly OpenInquiry: {
    readonly claimId: string;
    readonly claimType: ClaimType;
    readonly pieceIds: readonly string[] | null;
  };
  readonly AttachDocument: { readonly claimId: string; readonly documentType: AttachableDocumentType };
  readonly RejectDocument: { readonly claimId: string; readonly documentType: DocumentType };
  readonly ExtendDocumentDeadline: {
    readonly claimId: string;
    readonly documentType: DocumentType;
    readonly days: number;
  };
  readonly ConfirmLoss: { readonly claimId: string; readonly carrierId: string };
  readonly SubmitClaim: { readonly claimId: string };
  readonly AcceptClaim: {
    readonly claimId: string;
    readonly proven: Amount;
    readonly approved: Amount;
    readonly rates: readonly ModelRate[];
  };
  readonly RejectClaim: { readonly claimId: string };
  readonly PayClaim: { readonly claimId: string; readonly amount: Amount };
  readonly WithdrawClaim: { readonly claimId: string; readonly reason: WithdrawalReason };
  readonly CheckDeadlines: object;
  readonly GrantDelegation: { readonly delegateId: string };
  readonly RevokeDelegation: { readonly delegateId: string };
}

/** A command's own fields, before it gets an id, a time, a sender and a parcel. */
export type CommandBody = { readonly [T in CommandType]: { readonly type: T } & Bodies[T] }[CommandType];

/** A command of the given types, with every value decided. */
export type CommandOf<T extends CommandType> = {
  readonly [K in T]: Envelope & { readonly type: K } & Bodies[K];
}[T];

/** A command with every value decided, ready to be judged by the model and sent to the service. */
export type ModelCommand = CommandOf<CommandType>;

/** What a generator decides: the body, the role that sends it and which party acts in that role. */
export interface Step {
  readonly role: Role;
  readonly body: CommandBody;
  readonly who?: Who;
}

/** The command once it has its parcel, id, time and sender. */
export const withEnvelope = (envelope: Envelope, body: CommandBody): ModelCommand => ({
  ...envelope,
  ...body,
});
