import type { CommandOf, ModelCommand, ModelRate } from './model-command.js';
import { dateOfDay } from './money.js';
import { iso } from './time.js';
import { type CommandType, showAmount } from './vocabulary.js';

const none = (): string => '';
const showRates = (rates: readonly ModelRate[]): string =>
  rates.map((r) => `, rate ${r.from}/${r.to} of ${dateOfDay(r.day)}`).join('');
const claimOnly = (c: { readonly claimId: string }): string => c.claimId;
const documentOf = (c: { readonly claimId: string; readonly documentType: string }): string =>
  `${c.documentType} of ${c.claimId}`;

/** The values of each command type that a failure message shows; none for those that carry none. */
const detailsOf: { readonly [T in CommandType]: (c: CommandOf<T>) => string } = {
  BookParcel: (c) =>
    `declared ${showAmount(c.declared)} in pieces ${c.pieces.join(' + ')}, shipping ${showAmount(c.shipping)}, seller ${c.sellerId}, forwarder ${c.forwarderId}`,
  PurchaseInsurance: (c) =>
    `insured ${showAmount(c.insured)}, premium ${showAmount(c.premium)}${c.coversShipping ? ', covers shipping' : ''}, insurer ${c.insurerId}${showRates(c.rates)}`,
  RecordPickup: none,
  RecordHubArrival: none,
  ShipParcel: none,
  HandOverToCarrier: (c) => `carrier ${c.carrierId}`,
  RecordTrackingUpdate: (c) => `scanned ${iso(c.scannedAt)}`,
  RecordDelivery: (c) => `pieces ${c.pieceIds.join(', ')}`,
  OpenInquiry: (c) =>
    `${c.claimType} claim ${c.claimId} on ${c.pieceIds === null ? 'every unheld piece' : `pieces ${c.pieceIds.join(', ')}`}`,
  AttachDocument: documentOf,
  RejectDocument: documentOf,
  ExtendDocumentDeadline: (c) => `${c.documentType} of ${c.claimId} by ${c.days} days`,
  ConfirmLoss: (c) => `${c.claimId} for ${c.carrierId}`,
  SubmitClaim: claimOnly,
  AcceptClaim: (c) =>
    `${c.claimId}: proven ${showAmount(c.proven)}, approved ${showAmount(c.approved)}${showRates(c.rates)}`,
  RejectClaim: claimOnly,
  PayClaim: (c) => `${c.claimId}: ${showAmount(c.amount)}`,
  WithdrawClaim: (c) => `${c.claimId}: ${c.reason}`,
  CheckDeadlines: none,
  GrantDelegation: (c) => `to ${c.delegateId}`,
  RevokeDelegation: (c) => `from ${c.delegateId}`,
};

const details = <T extends CommandType>(c: CommandOf<T>): string => detailsOf[c.type](c);

/** `AcceptClaim p2 by insurer at 2026-03-01T…Z (C1: proven …, approved …) [id …]`, for failure messages. */
export const describeCommand = (c: ModelCommand): string => {
  const more = details(c);
  return `${c.type} P${c.parcel + 1} by ${c.role} ${c.actorId} at ${iso(c.now)}${more === '' ? '' : ` (${more})`} [${c.commandId}]`;
};
