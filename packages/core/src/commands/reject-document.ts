import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { rejectableSlotFound, resubmissionDue } from '../rules/d2-document-deadlines.js';
import { notYetDecided } from '../rules/k1-claim-lifecycle.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { DocumentType } from '../vocabulary/document-type.js';
import { defineCommand } from './define-command.js';

/** The insurer refuses an attached document; it is due again after the resubmission grace. */
export const rejectDocument = defineCommand(
  'RejectDocument',
  { claimId: ClaimId, documentType: DocumentType, reason: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimStillOpen, notYetDecided],
    find: rejectableSlotFound,
    decide: ({ command, at, commandId, slot, terms }) => {
      const { claimId, documentType, reason, now } = command.data;
      const due = resubmissionDue(slot, terms.calendar, terms.policy.parameters, now);
      return [{ type: 'DocumentRejected', data: { at, commandId, claimId, documentType, reason, due } }];
    },
  },
);
