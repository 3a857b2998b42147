import * as E from 'fp-ts/lib/Either.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { documentRequired, documentSlot } from '../rules/d1-document-provision.js';
import { rejectable, resubmissionDue } from '../rules/d2-document-deadlines.js';
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
    rules: [claimStillOpen, notYetDecided, documentRequired, rejectable],
    decide: ({ command, stamp, claim, terms }) => {
      const { claimId, documentType, reason, now } = command.data;
      const slot = documentSlot(claim, documentType);
      if (E.isLeft(slot)) return slot;
      const due = resubmissionDue(slot.right, terms.calendar, terms.policy.parameters, now);
      return E.right([{ type: 'DocumentRejected', data: { ...stamp, claimId, documentType, reason, due } }]);
    },
  },
);
