import * as E from 'fp-ts/lib/Either.js';
import { DayCount } from '../calendar/index.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { documentRequired, documentSlot } from '../rules/d1-document-provision.js';
import { extendable, extendedDue } from '../rules/d2-document-deadlines.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { DocumentType } from '../vocabulary/document-type.js';
import { defineCommand } from './define-command.js';

/** The insurer gives a forwarder or carrier more time for a document. */
export const extendDocumentDeadline = defineCommand(
  'ExtendDocumentDeadline',
  { claimId: ClaimId, documentType: DocumentType, extendByDays: DayCount },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('gathering-documents'), documentRequired, extendable],
    decide: ({ command, stamp, claim, terms }) => {
      const { claimId, documentType, extendByDays } = command.data;
      const slot = documentSlot(claim, documentType);
      if (E.isLeft(slot)) return slot;
      const due = extendedDue(claim, slot.right, terms.calendar, terms.policy.parameters, extendByDays);
      if (E.isLeft(due)) return due;
      return E.right([
        { type: 'DocumentDeadlineExtended', data: { ...stamp, claimId, documentType, due: due.right } },
      ]);
    },
  },
);
