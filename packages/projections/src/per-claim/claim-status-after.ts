import type { ClaimStatus } from '@parcel-claims/core';
import type { ClaimStepEvent, ClaimStepType } from './claim-step-event.js';

/**
 * The status each step puts a claim in, as the decider's `evolve` sets it, or null for steps that
 * leave the status alone (attachments, extensions, recorded delays). A document rejection sends
 * the claim back to gathering documents; an acceptance stating a partial-approval reason puts it
 * in `approved-partial`.
 */
const statusSetBy: { readonly [T in ClaimStepType]: ClaimStatus | null } = {
  DocumentAttached: null,
  DocumentRejected: 'gathering-documents',
  DocumentDeadlineExtended: null,
  LossConfirmed: null,
  ClaimSubmitted: 'submitted',
  InformationRequested: 'needs-action',
  InformationProvided: 'submitted',
  ClaimAccepted: 'accepted',
  ClaimRejected: 'rejected',
  ClaimReopened: 'submitted',
  ClaimPaid: 'paid',
  PayoutOverdue: null,
  DecisionOverdue: null,
  ClaimLapsed: 'lapsed',
  ClaimWithdrawn: 'withdrawn',
  CarrierNotified: null,
  CarrierNoticeMissed: null,
  CarrierLiabilityAssessed: null,
  RecoveryFiled: null,
  RecoveryReceived: null,
  RecoveryClosed: null,
  ParcelFoundAfterPayout: null,
  ClaimRepaid: null,
  GoodsSurrendered: null,
  SalvageElectionOverdue: null,
};

/** A claim's status after one of its events. */
export const claimStatusAfter = (status: ClaimStatus, event: ClaimStepEvent): ClaimStatus =>
  event.type === 'ClaimAccepted' && event.data.partialReason !== null
    ? 'approved-partial'
    : (statusSetBy[event.type] ?? status);
