import type { DocumentType } from '@parcel-claims/core';
import type { ClaimStepEvent } from '../per-claim/claim-step-event.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import { UnexpectedClaimEvent } from '../per-claim/unexpected-claim-event.js';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { ClaimDocumentsRow, DocumentSlotRow } from './document-rows.js';

/** Outstanding documents: for every open claim, each required document and its state and due date. */
export type OutstandingDocuments = PerClaim<ClaimDocumentsRow>;

const changeSlot = (
  row: ClaimDocumentsRow,
  record: ClaimEventRecord<ClaimStepEvent>,
  documentType: DocumentType,
  change: Partial<DocumentSlotRow>,
): ClaimDocumentsRow => {
  if (!row.documents.some((slot) => slot.documentType === documentType)) {
    throw new UnexpectedClaimEvent({
      record,
      reason: `claim ${row.claimId} does not require ${documentType}`,
    });
  }
  return {
    ...row,
    documents: row.documents.map((slot) =>
      slot.documentType === documentType ? { ...slot, ...change } : slot,
    ),
  };
};

/**
 * Outstanding documents as a pure read model. Due dates are the ones stored in the events (at
 * the inquiry, on a rejection, on an extension), never recomputed; whether one is overdue is
 * decided by the query, against the instant it is given.
 */
export const outstandingDocuments: ClaimReadModel<OutstandingDocuments> =
  perClaimReadModel<ClaimDocumentsRow>({
    opened: ({ event, streamId, position }, parcel) => ({
      streamId,
      parcelId: parcel.parcelId,
      claimId: event.data.claimId,
      claimType: event.data.claimType,
      sellerId: parcel.sellerId,
      open: true,
      openedPosition: position,
      documents: event.data.requiredDocuments.map(({ documentType, owedBy, due }) => ({
        documentType,
        owedBy,
        due,
        status: 'missing',
        rejectionReason: null,
      })),
    }),
    changed: (row, record) => {
      const { event } = record;
      switch (event.type) {
        case 'DocumentAttached':
          return changeSlot(row, record, event.data.documentType, {
            status: 'attached',
            rejectionReason: null,
          });
        case 'LossConfirmed':
          return changeSlot(row, record, 'loss-confirmation', { status: 'attached', rejectionReason: null });
        case 'DocumentRejected':
          return changeSlot(row, record, event.data.documentType, {
            status: 'rejected',
            due: event.data.due,
            rejectionReason: event.data.reason,
          });
        case 'DocumentDeadlineExtended':
          return changeSlot(row, record, event.data.documentType, { due: event.data.due });
        case 'ClaimRejected':
        case 'ClaimPaid':
        case 'ClaimLapsed':
        case 'ClaimWithdrawn':
          return { ...row, open: false };
        case 'ClaimReopened':
          return { ...row, open: true };
        case 'ClaimSubmitted':
        case 'InformationRequested':
        case 'InformationProvided':
        case 'ClaimAccepted':
        case 'PayoutOverdue':
        case 'DecisionOverdue':
        case 'CarrierNotified':
        case 'CarrierNoticeMissed':
        case 'CarrierLiabilityAssessed':
        case 'RecoveryFiled':
        case 'RecoveryReceived':
        case 'RecoveryClosed':
        case 'ParcelFoundAfterPayout':
        case 'ClaimRepaid':
        case 'GoodsSurrendered':
        case 'SalvageElectionOverdue':
          return row;
      }
    },
  });
