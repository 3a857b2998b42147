import * as t from 'io-ts';
import { Deadline } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
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
export const RequiredDocument = closed({ documentType: DocumentType, owedBy: DocumentOwner, due: Deadline });
export type RequiredDocument = t.TypeOf<typeof RequiredDocument>;

export const InquiryOpened = closed({
  type: t.literal('InquiryOpened'),
  data: closed({
    ...stamp,
    claimId: ClaimId,
    claimType: ClaimType,
    policy: PolicyRef,
    requiredDocuments: t.array(RequiredDocument),
  }),
});

export const DocumentAttached = closed({
  type: t.literal('DocumentAttached'),
  data: closed({
    ...stamp,
    claimId: ClaimId,
    documentType: DocumentType,
    providedBy: DocumentOwner,
    reference: NonEmptyText,
    contentHash: ContentHash,
  }),
});

/** The insurer refused a document; it must be replaced by `due`, which is never earlier than before. */
export const DocumentRejected = closed({
  type: t.literal('DocumentRejected'),
  data: closed({
    ...stamp,
    claimId: ClaimId,
    documentType: DocumentType,
    reason: NonEmptyText,
    due: Deadline,
  }),
});

export const DocumentDeadlineExtended = closed({
  type: t.literal('DocumentDeadlineExtended'),
  data: closed({ ...stamp, claimId: ClaimId, documentType: DocumentType, due: Deadline }),
});

/** The carrier's loss confirmation letter: the loss-confirmation document of a loss claim. */
export const LossConfirmed = closed({
  type: t.literal('LossConfirmed'),
  data: closed({
    ...stamp,
    claimId: ClaimId,
    carrierId: PartyId,
    providedBy: DocumentOwner,
    reference: NonEmptyText,
    contentHash: ContentHash,
  }),
});

export const ClaimSubmitted = closed({
  type: t.literal('ClaimSubmitted'),
  data: closed({ ...stamp, claimId: ClaimId, decisionDue: Deadline }),
});

/** How the approved amount relates to the coverage: cap = min(insured, proven) + covered shipping − deductible. */
export const PayoutBreakdown = closed({
  insuredValue: Money,
  provenValue: Money,
  coveredShippingCost: Money,
  deductible: Money,
  cap: Money,
});
export type PayoutBreakdown = t.TypeOf<typeof PayoutBreakdown>;

export const ClaimAccepted = closed({
  type: t.literal('ClaimAccepted'),
  data: closed({
    ...stamp,
    claimId: ClaimId,
    approvedAmount: Money,
    breakdown: PayoutBreakdown,
    payoutDue: Deadline,
  }),
});

export const ClaimRejected = closed({
  type: t.literal('ClaimRejected'),
  data: closed({ ...stamp, claimId: ClaimId, reason: ClaimRejectionReason, explanation: NonEmptyText }),
});

export const ClaimPaid = closed({
  type: t.literal('ClaimPaid'),
  data: closed({ ...stamp, claimId: ClaimId, amount: Money, paymentReference: NonEmptyText }),
});

/** Written by a deadline check: the claim was accepted and is still unpaid after its payout due date. */
export const PayoutOverdue = closed({
  type: t.literal('PayoutOverdue'),
  data: closed({ ...stamp, claimId: ClaimId, dueAt: Instant }),
});

/** Written by a deadline check: the complete dossier has waited longer than the decision service level. */
export const DecisionOverdue = closed({
  type: t.literal('DecisionOverdue'),
  data: closed({ ...stamp, claimId: ClaimId, dueAt: Instant }),
});

export const MissingDocument = closed({ documentType: DocumentType, owedBy: DocumentOwner, dueAt: Instant });
export type MissingDocument = t.TypeOf<typeof MissingDocument>;

/** Written by a deadline check: documents were still missing when their grace period ended. */
export const ClaimLapsed = closed({
  type: t.literal('ClaimLapsed'),
  data: closed({ ...stamp, claimId: ClaimId, missingDocuments: t.array(MissingDocument) }),
});

export const ClaimWithdrawn = closed({
  type: t.literal('ClaimWithdrawn'),
  data: closed({ ...stamp, claimId: ClaimId, reason: WithdrawalReason }),
});
