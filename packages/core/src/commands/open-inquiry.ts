import { insuredParcelScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { needsPoliceReport, requiredDocuments } from '../rules/d1-document-provision.js';
import { inquiryWindow } from '../rules/r04-inquiry-window.js';
import { oneOpenClaim } from '../rules/r05-one-open-claim.js';
import { ClaimType } from '../vocabulary/claim-type.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** Opens a claim of any type, with the documents it needs and their due dates. */
export const openInquiry = defineCommand(
  'OpenInquiry',
  { claimId: ClaimId, claimType: ClaimType },
  {
    roles: ['seller', 'forwarder'],
    scope: insuredParcelScope,
    rules: [oneOpenClaim, inquiryWindow],
    find: nothingToFind,
    decide: ({ command, at, commandId, booking, coverage, terms }) => {
      const { claimId, claimType, now } = command.data;
      const p = terms.policy.parameters;
      const policeReport = needsPoliceReport(
        claimType,
        booking.declaredValue,
        coverage.insuredValue.currency,
        p,
      );
      const required = requiredDocuments(claimType, terms.calendar, p, now, policeReport);
      return [
        {
          type: 'InquiryOpened',
          data: { at, commandId, claimId, claimType, policy: coverage.policy, requiredDocuments: required },
        },
      ];
    },
  },
);
