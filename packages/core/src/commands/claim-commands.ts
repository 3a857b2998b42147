import * as t from 'io-ts';
import { DayCount } from '../calendar/index.js';
import { ClaimId, NonEmptyText, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { ClaimType } from '../vocabulary/claim-type.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { AttachableDocumentType, DocumentType } from '../vocabulary/document-type.js';
import { ClaimRejectionReason } from '../vocabulary/reasons.js';
import { command } from './envelope.js';

export const OpenInquiry = command('OpenInquiry', { claimId: ClaimId, claimType: ClaimType });
export const AttachDocument = command('AttachDocument', {
  claimId: ClaimId,
  documentType: AttachableDocumentType,
  reference: NonEmptyText,
  contentHash: ContentHash,
});
export const RejectDocument = command('RejectDocument', {
  claimId: ClaimId,
  documentType: DocumentType,
  reason: NonEmptyText,
});
export const ExtendDocumentDeadline = command('ExtendDocumentDeadline', {
  claimId: ClaimId,
  documentType: DocumentType,
  extendByDays: DayCount,
});
export const ConfirmLoss = command('ConfirmLoss', {
  claimId: ClaimId,
  carrierId: PartyId,
  reference: NonEmptyText,
  contentHash: ContentHash,
});
export const SubmitClaim = command('SubmitClaim', { claimId: ClaimId });
export const AcceptClaim = command('AcceptClaim', {
  claimId: ClaimId,
  provenValue: Money,
  approvedAmount: Money,
});
export const RejectClaim = command('RejectClaim', {
  claimId: ClaimId,
  reason: ClaimRejectionReason,
  explanation: NonEmptyText,
});
export const PayClaim = command('PayClaim', {
  claimId: ClaimId,
  amount: Money,
  paymentReference: NonEmptyText,
});
export const WithdrawClaim = command('WithdrawClaim', {
  claimId: ClaimId,
  reason: t.keyof({ 'parcel-found': null, 'seller-request': null, 'settled-with-buyer': null }),
});
/** Writes the lapses and overdue flags that are due at `now`; nothing when none are. */
export const CheckDeadlines = command('CheckDeadlines', {});
