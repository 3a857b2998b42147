import type { ParcelModel } from './parcel-model.js';
import type { RoleChoice, Spec } from './spec.js';
import { attachableDocumentTypes, documentTypes, roles } from './vocabulary.js';

const choose = <T>(xs: readonly T[], n: number, fallback: T): T => xs[n % xs.length] ?? fallback;

const check: Spec = { type: 'CheckDeadlines' };

/** Commands that fit a parcel without a running claim but may be wrong: late insurance, early inquiries. */
const beforeClaim = (n: number): readonly Spec[] => [
  { type: 'OpenInquiry', claimType: 'loss', claimId: 'fresh' },
  { type: 'OpenInquiry', claimType: 'damage', claimId: choose(['fresh', 'reused'] as const, n, 'fresh') },
  { type: 'RecordDelivery' },
  { type: 'RecordTrackingUpdate', scanned: choose(['future', 'earlier'] as const, n, 'future') },
  { type: 'PurchaseInsurance', percent: 50, coversShipping: false, variant: 'valid' },
  { type: 'HandOverToCarrier' },
  { type: 'AttachDocument', claim: 'current', documentType: 'proof-of-value' },
  { type: 'WithdrawClaim', claim: 'current', reason: 'seller-request' },
];

/** Commands that fit a running claim but may be wrong for its status, its documents or its amounts. */
const onClaim = (n: number): readonly Spec[] => [
  {
    type: 'AttachDocument',
    claim: 'current',
    documentType: choose(attachableDocumentTypes, n, 'proof-of-value'),
  },
  { type: 'RejectDocument', claim: 'current', documentType: choose(documentTypes, n, 'proof-of-value') },
  {
    type: 'ExtendDocumentDeadline',
    claim: 'current',
    documentType: choose(documentTypes, n, 'outbound-record'),
    days: choose([1 + (n % 70), 'to-limit', 'past-limit'] as const, n, 1),
  },
  { type: 'ConfirmLoss', claim: 'current' },
  { type: 'SubmitClaim', claim: 'current' },
  {
    type: 'AcceptClaim',
    claim: 'current',
    proven: choose(['insured', 'declared', 'half-insured'] as const, n, 'insured'),
    approved: choose(['cap', 'below-cap', 'above-cap', 'zero', 'other-currency'] as const, n, 'cap'),
  },
  {
    type: 'PayClaim',
    claim: 'current',
    amount: choose(['approved', 'less', 'more', 'other-currency'] as const, n, 'more'),
  },
  { type: 'OpenInquiry', claimType: 'loss', claimId: choose(['fresh', 'reused'] as const, n, 'fresh') },
  check,
];

/** Commands that end a running claim; rarer, or claims would seldom get far. */
const endingClaim: readonly Spec[] = [
  { type: 'RejectClaim', claim: 'current' },
  { type: 'WithdrawClaim', claim: 'current', reason: 'parcel-found' },
  { type: 'RecordDelivery' },
];

/**
 * A command that fits where the parcel is, chosen to be wrong in one way more often than not:
 * blind commands are mostly refused for dull reasons (no claim yet); these reach the rules that
 * matter at that moment (a payment one unit off, a document rejected after acceptance, a second
 * inquiry). Returns the command and who sends it: usually the right party, sometimes another.
 */
export const twist = (
  parcel: ParcelModel,
  pick: number,
): { readonly spec: Spec; readonly role: RoleChoice } => {
  const n = Math.floor(pick / 16);
  const specs = parcel.claim === null ? beforeClaim(n) : n % 6 === 0 ? endingClaim : onClaim(n);
  const role: RoleChoice = pick % 5 === 0 ? choose(roles, n, 'seller') : 'usual';
  return { spec: choose(specs, pick, check), role };
};
