import * as t from 'io-ts';
import { Deadline } from '../calendar/index.js';
import { ClaimId, CommandId, NonEmptyText, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { PolicyRef } from '../policy/policy.js';
import { Instant } from '../time/instant.js';
import { ClaimType } from '../vocabulary/claim-type.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';
import { ClaimRejectionReason, WithdrawalReason } from '../vocabulary/reasons.js';

const stamp = { at: Instant, commandId: CommandId };

/** A document the claim needs, who owes it, and its due date computed when the inquiry opened. */
export const RequiredDocument = t.type({ documentType: DocumentType, owedBy: DocumentOwner, due: Deadline });
export type RequiredDocument = t.TypeOf<typeof RequiredDocument>;

export const InquiryOpened = t.type({
  type: t.literal('InquiryOpened'),
  data: t.type({
    ...stamp,
    claimId: ClaimId,
    claimType: ClaimType,
    policy: PolicyRef,
    requiredDocuments: t.array(RequiredDocument),
  }),
});

export const DocumentAttached = t.type({
  type: t.literal('DocumentAttached'),
  data: t.type({
    ...stamp,
    claimId: ClaimId,
    documentType: DocumentType,
    providedBy: DocumentOwner,
    reference: NonEmptyText,
    contentHash: ContentHash,
  }),
});

/** The insurer refused a document; it must be replaced by `due`, which is never earlier than before. */
export const DocumentRejected = t.type({
  type: t.literal('DocumentRejected'),
  data: t.type({
    ...stamp,
    claimId: ClaimId,
    documentType: DocumentType,
    reason: NonEmptyText,
    due: Deadline,
  }),
});

export const DocumentDeadlineExtended = t.type({
  type: t.literal('DocumentDeadlineExtended'),
  data: t.type({ ...stamp, claimId: ClaimId, documentType: DocumentType, due: Deadline }),
});

/** The carrier's loss confirmation letter: the loss-confirmation document of a loss claim. */
export const LossConfirmed = t.type({
  type: t.literal('LossConfirmed'),
  data: t.type({
    ...stamp,
    claimId: ClaimId,
    carrierId: PartyId,
    providedBy: DocumentOwner,
    reference: NonEmptyText,
    contentHash: ContentHash,
  }),
});

export const ClaimSubmitted = t.type({
  type: t.literal('ClaimSubmitted'),
  data: t.type({ ...stamp, claimId: ClaimId, decisionDue: Deadline }),
});

/** How the approved amount relates to the coverage: cap = min(insured, proven) + covered shipping − deductible. */
export const PayoutBreakdown = t.type({
  insuredValue: Money,
  provenValue: Money,
  coveredShippingCost: Money,
  deductible: Money,
  cap: Money,
});
export type PayoutBreakdown = t.TypeOf<typeof PayoutBreakdown>;

export const ClaimAccepted = t.type({
  type: t.literal('ClaimAccepted'),
  data: t.type({
    ...stamp,
    claimId: ClaimId,
    approvedAmount: Money,
    breakdown: PayoutBreakdown,
    payoutDue: Deadline,
  }),
});

export const ClaimRejected = t.type({
  type: t.literal('ClaimRejected'),
  data: t.type({ ...stamp, claimId: ClaimId, reason: ClaimRejectionReason, explanation: NonEmptyText }),
});

export const ClaimPaid = t.type({
  type: t.literal('ClaimPaid'),
  data: t.type({ ...stamp, claimId: ClaimId, amount: Money, paymentReference: NonEmptyText }),
});

/** Written by a deadline check: the claim was accepted and is still unpaid after its payout due date. */
export const PayoutOverdue = t.type({
  type: t.literal('PayoutOverdue'),
  data: t.type({ ...stamp, claimId: ClaimId, dueAt: Instant }),
});

/** Written by a deadline check: the complete dossier has waited longer than the decision service level. */
export const DecisionOverdue = t.type({
  type: t.literal('DecisionOverdue'),
  data: t.type({ ...stamp, claimId: ClaimId, dueAt: Instant }),
});

export const MissingDocument = t.type({ documentType: DocumentType, owedBy: DocumentOwner, dueAt: Instant });
export type MissingDocument = t.TypeOf<typeof MissingDocument>;

/** Written by a deadline check: documents were still missing when their grace period ended. */
export const ClaimLapsed = t.type({
  type: t.literal('ClaimLapsed'),
  data: t.type({ ...stamp, claimId: ClaimId, missingDocuments: t.array(MissingDocument) }),
});

export const ClaimWithdrawn = t.type({
  type: t.literal('ClaimWithdrawn'),
  data: t.type({ ...stamp, claimId: ClaimId, reason: WithdrawalReason }),
});
