import * as t from 'io-ts';
import { keptCopy, openNewClaim } from '../decider/parcel-draft.js';
import type { DocumentSlot } from '../decider/state.js';
import { noFollowUp } from '../decider/state.js';
import { ClaimId, PieceId } from '../ids.js';
import { PolicyRef } from '../policy/policy.js';
import { ClaimType } from '../vocabulary/claim-type.js';
import { defineEvent } from './define-event.js';
import { RequiredDocument } from './parts.js';

/** A claim opens on the pieces it covers, with the documents it needs and their due dates computed now. */
export const inquiryOpened = defineEvent(
  'InquiryOpened',
  {
    claimId: ClaimId,
    claimType: ClaimType,
    pieceIds: t.array(PieceId),
    policy: PolicyRef,
    requiredDocuments: t.array(RequiredDocument),
  },
  (draft, data) => {
    const documents = data.requiredDocuments.map((d) => {
      const slot: DocumentSlot = {
        documentType: d.documentType,
        owedBy: d.owedBy,
        due: d.due,
        status: 'missing',
        providedBy: null,
        reference: null,
        contentHash: null,
        providedAt: null,
      };
      return keptCopy(slot);
    });
    openNewClaim(
      draft,
      {
        claimId: data.claimId,
        claimType: data.claimType,
        pieceIds: data.pieceIds,
        policy: data.policy,
        openedAt: data.at,
        status: 'gathering-documents',
        documents,
        decisionDue: null,
        decisionOverdue: false,
        decisionClock: null,
        informationRequest: null,
        appeals: 0,
        acceptance: null,
        payoutOverdue: false,
        payment: null,
        closure: null,
        followUp: noFollowUp,
      },
      documents,
    );
  },
);
