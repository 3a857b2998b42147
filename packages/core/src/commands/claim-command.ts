import * as t from 'io-ts';
import type { CheckingDecoder } from '../codec/checking-decoder.js';
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

/** Every command type name, in the order of the union. */
export const claimCommandTypes: readonly ClaimCommandType[] = ClaimCommand.types.map(
  (codec) => codec.props.type.value,
);

/** The codec of each command type, for decoders that report errors against the one shape a `type` names. */
export const claimCommandCodecs: ReadonlyMap<ClaimCommandType, CheckingDecoder<ClaimCommand>> = new Map(
  ClaimCommand.types.map((codec) => [codec.props.type.value, codec] as const),
);
