import * as t from 'io-ts';
import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId } from '../ids.js';
import { defineEvent } from './define-event.js';
import { MissingDocument } from './parts.js';

/** Written by a deadline check: documents were still missing when their grace period ended. */
export const claimLapsed = defineEvent(
  'ClaimLapsed',
  { claimId: ClaimId, missingDocuments: t.array(MissingDocument) },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'lapsed';
    claim.closure = {
      status: 'lapsed',
      at: data.at,
      missing: data.missingDocuments.map((d) => d.documentType),
    };
  },
);
