import * as t from 'io-ts';
import {
  AcceptClaim,
  AttachDocument,
  CheckDeadlines,
  ConfirmLoss,
  ExtendDocumentDeadline,
  OpenInquiry,
  PayClaim,
  RejectClaim,
  RejectDocument,
  SubmitClaim,
  WithdrawClaim,
} from './claim-commands.js';
import {
  BookParcel,
  HandOverToCarrier,
  PurchaseInsurance,
  RecordDelivery,
  RecordHubArrival,
  RecordPickup,
  RecordTrackingUpdate,
  ShipParcel,
} from './shipment-commands.js';

/** The codec of each command type. */
export const claimCommandCodecs = {
  BookParcel,
  PurchaseInsurance,
  RecordPickup,
  RecordHubArrival,
  ShipParcel,
  HandOverToCarrier,
  RecordTrackingUpdate,
  RecordDelivery,
  OpenInquiry,
  AttachDocument,
  RejectDocument,
  ExtendDocumentDeadline,
  ConfirmLoss,
  SubmitClaim,
  AcceptClaim,
  RejectClaim,
  PayClaim,
  WithdrawClaim,
  CheckDeadlines,
} as const;

/** Every command on a parcel stream, as one io-ts codec. */
export const ClaimCommand = t.union([
  BookParcel,
  PurchaseInsurance,
  RecordPickup,
  RecordHubArrival,
  ShipParcel,
  HandOverToCarrier,
  RecordTrackingUpdate,
  RecordDelivery,
  OpenInquiry,
  AttachDocument,
  RejectDocument,
  ExtendDocumentDeadline,
  ConfirmLoss,
  SubmitClaim,
  AcceptClaim,
  RejectClaim,
  PayClaim,
  WithdrawClaim,
  CheckDeadlines,
]);
export type ClaimCommand = t.TypeOf<typeof ClaimCommand>;
export type ClaimCommandType = ClaimCommand['type'];
/** The command of one type, e.g. `CommandOf<'PayClaim'>`. */
export type CommandOf<T extends ClaimCommandType> = Extract<ClaimCommand, { type: T }>;

const isClaimCommandType = (name: string): name is ClaimCommandType => name in claimCommandCodecs;

/** Every command type name, in the order of the union. */
export const claimCommandTypes: readonly ClaimCommandType[] =
  Object.keys(claimCommandCodecs).filter(isClaimCommandType);
