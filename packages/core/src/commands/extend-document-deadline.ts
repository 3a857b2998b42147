import { DayCount } from '../calendar/index.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { extensionFound } from '../rules/d2-document-deadlines.js';
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
    rules: [claimStillOpen, claimInStatus('gathering-documents')],
    find: extensionFound,
    decide: ({ command, at, commandId, due }) => {
      const { claimId, documentType } = command.data;
      return [{ type: 'DocumentDeadlineExtended', data: { at, commandId, claimId, documentType, due } }];
    },
  },
);
