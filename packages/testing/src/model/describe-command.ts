import type { CommandOf, ModelCommand } from './model-command.js';
import { iso } from './time.js';
import { type CommandType, showAmount } from './vocabulary.js';

const none = (): string => '';
const claimOnly = (c: { readonly claimId: string }): string => c.claimId;
const documentOf = (c: { readonly claimId: string; readonly documentType: string }): string =>
  `${c.documentType} of ${c.claimId}`;

/** The values of each command type that a failure message shows; none for those that carry none. */
const detailsOf: { readonly [T in CommandType]: (c: CommandOf<T>) => string } = {
  BookParcel: (c) => `declared ${showAmount(c.declared)}, shipping ${showAmount(c.shipping)}`,
  PurchaseInsurance: (c) =>
    `insured ${showAmount(c.insured)}, premium ${showAmount(c.premium)}${c.coversShipping ? ', covers shipping' : ''}`,
  RecordPickup: none,
  RecordHubArrival: none,
  ShipParcel: none,
  HandOverToCarrier: none,
  RecordTrackingUpdate: (c) => `scanned ${iso(c.scannedAt)}`,
  RecordDelivery: none,
  OpenInquiry: (c) => `${c.claimType} claim ${c.claimId}`,
  AttachDocument: documentOf,
  RejectDocument: documentOf,
  ExtendDocumentDeadline: (c) => `${c.documentType} of ${c.claimId} by ${c.days} days`,
  ConfirmLoss: claimOnly,
  SubmitClaim: claimOnly,
  AcceptClaim: (c) => `${c.claimId}: proven ${showAmount(c.proven)}, approved ${showAmount(c.approved)}`,
  RejectClaim: claimOnly,
  PayClaim: (c) => `${c.claimId}: ${showAmount(c.amount)}`,
  WithdrawClaim: (c) => `${c.claimId}: ${c.reason}`,
  CheckDeadlines: none,
};

const details = <T extends CommandType>(c: CommandOf<T>): string => detailsOf[c.type](c);

/** `AcceptClaim p2 by insurer at 2026-03-01T…Z (C1: proven …, approved …) [id …]`, for failure messages. */
export const describeCommand = (c: ModelCommand): string => {
  const more = details(c);
  return `${c.type} P${c.parcel + 1} by ${c.role} at ${iso(c.now)}${more === '' ? '' : ` (${more})`} [${c.commandId}]`;
};
