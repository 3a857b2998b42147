import type { ParcelModel } from './parcel-model.js';
import type { RoleChoice, Spec } from './spec.js';
import { attachableDocumentTypes, documentTypes, roles } from './vocabulary.js';

const choose = <T>(xs: readonly T[], n: number, fallback: T): T => xs[n % xs.length] ?? fallback;

const check: Spec = { type: 'CheckDeadlines' };

/** Commands that fit a parcel without a running claim but may be wrong: late insurance, early inquiries. */
const beforeClaim = (n: number): readonly Spec[] => [
  {
    type: 'OpenInquiry',
    claimType: 'loss',
    claimId: 'fresh',
    pieces: choose(['unheld', 'all'] as const, n, 'unheld'),
  },
  {
    type: 'OpenInquiry',
    claimType: choose(['damage', 'partial-loss'] as const, n, 'damage'),
    claimId: choose(['fresh', 'reused'] as const, n, 'fresh'),
    pieces: choose(['unheld', 'undelivered', 'delivered', 'all'] as const, n, 'unheld'),
  },
  { type: 'RecordDelivery', pieces: choose(['all', 'some', 'unknown'] as const, n, 'all') },
  { type: 'RecordTrackingUpdate', scanned: choose(['future', 'earlier'] as const, n, 'future') },
  {
    type: 'PurchaseInsurance',
    percent: 50,
    coversShipping: n % 2 === 0,
    variant: choose(['valid', 'other-currency'] as const, n, 'valid'),
    rate: choose(['on-date', 'stale', 'none'] as const, n, 'on-date'),
  },
  {
    type: choose(['GrantDelegation', 'RevokeDelegation'] as const, n, 'GrantDelegation'),
    delegate: choose(['forwarder', 'other', 'self'] as const, n, 'forwarder'),
  },
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
  { type: 'ConfirmLoss', claim: 'current', carrier: choose(['parcel', 'other'] as const, n, 'parcel') },
  { type: 'SubmitClaim', claim: 'current' },
  {
    type: 'AcceptClaim',
    claim: 'current',
    proven: choose(['insured', 'declared', 'half-insured'] as const, n, 'insured'),
    approved: choose(['cap', 'below-cap', 'above-cap', 'zero', 'other-currency'] as const, n, 'cap'),
    rate: choose(['on-date', 'on-date', 'stale', 'none'] as const, n, 'on-date'),
  },
  {
    type: 'PayClaim',
    claim: 'current',
    amount: choose(['approved', 'less', 'more', 'other-currency'] as const, n, 'more'),
  },
  {
    type: 'OpenInquiry',
    claimType: 'loss',
    claimId: choose(['fresh', 'reused'] as const, n, 'fresh'),
    pieces: 'unheld',
  },
  check,
];

/** Commands that end a running claim; rarer, or claims would seldom get far. */
const endingClaim = (n: number): readonly Spec[] => [
  { type: 'RejectClaim', claim: 'current' },
  { type: 'WithdrawClaim', claim: 'current', reason: 'parcel-found' },
  { type: 'RecordDelivery', pieces: choose(['all', 'some'] as const, n, 'all') },
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
  const specs = parcel.claim === null ? beforeClaim(n) : n % 6 === 0 ? endingClaim(n) : onClaim(n);
  const role: RoleChoice = pick % 5 === 0 ? choose(roles, n, 'seller') : 'usual';
  return { spec: choose(specs, pick, check), role };
};
