import type { ModelCommand } from './model-command.js';
import { iso } from './time.js';
import { showAmount } from './vocabulary.js';

const details = (c: ModelCommand): string => {
  switch (c.type) {
    case 'BookParcel':
      return `declared ${showAmount(c.declared)}, shipping ${showAmount(c.shipping)}`;
    case 'PurchaseInsurance':
      return `insured ${showAmount(c.insured)}, premium ${showAmount(c.premium)}${c.coversShipping ? ', covers shipping' : ''}`;
    case 'RecordTrackingUpdate':
      return `scanned ${iso(c.scannedAt)}`;
    case 'OpenInquiry':
      return `${c.claimType} claim ${c.claimId}`;
    case 'AttachDocument':
    case 'RejectDocument':
      return `${c.documentType} of ${c.claimId}`;
    case 'ExtendDocumentDeadline':
      return `${c.documentType} of ${c.claimId} by ${c.days} days`;
    case 'AcceptClaim':
      return `${c.claimId}: proven ${showAmount(c.proven)}, approved ${showAmount(c.approved)}`;
    case 'PayClaim':
      return `${c.claimId}: ${showAmount(c.amount)}`;
    case 'WithdrawClaim':
      return `${c.claimId}: ${c.reason}`;
    case 'ConfirmLoss':
    case 'SubmitClaim':
    case 'RejectClaim':
      return c.claimId;
    default:
      return '';
  }
};

/** `AcceptClaim p2 by insurer at 2026-03-01T…Z (C1: proven …, approved …) [id …]`, for failure messages. */
export const describeCommand = (c: ModelCommand): string => {
  const more = details(c);
  return `${c.type} P${c.parcel + 1} by ${c.role} at ${iso(c.now)}${more === '' ? '' : ` (${more})`} [${c.commandId}]`;
};
