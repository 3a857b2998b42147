import type { ClaimStatus } from '@parcel-claims/core';
import type { ClaimStepEvent } from './claim-step-event.js';

/**
 * The status an event puts a claim in, as the decider's `evolve` sets it, or null for events
 * that leave the status alone (attachments, extensions, recorded delays). A document rejection
 * sends the claim back to gathering documents.
 */
export const statusSetBy = (event: ClaimStepEvent): ClaimStatus | null => {
  switch (event.type) {
    case 'DocumentRejected':
      return 'gathering-documents';
    case 'ClaimSubmitted':
      return 'submitted';
    case 'ClaimAccepted':
      return 'accepted';
    case 'ClaimRejected':
      return 'rejected';
    case 'ClaimPaid':
      return 'paid';
    case 'ClaimLapsed':
      return 'lapsed';
    case 'ClaimWithdrawn':
      return 'withdrawn';
    case 'DocumentAttached':
    case 'LossConfirmed':
    case 'DocumentDeadlineExtended':
    case 'PayoutOverdue':
    case 'DecisionOverdue':
      return null;
  }
};

/** A claim's status after one of its events. */
export const claimStatusAfter = (status: ClaimStatus, event: ClaimStepEvent): ClaimStatus =>
  statusSetBy(event) ?? status;
