import * as t from 'io-ts';
import { nullable } from '../codec/nullable.js';
import { insuredParcelScope } from '../decider/scopes.js';
import { ClaimId, PieceId } from '../ids.js';
import { claimedPiecesFound } from '../rules/c2-pieces.js';
import { claimedGoodsValue, needsPoliceReport, requiredDocuments } from '../rules/d1-document-provision.js';
import { inquiryWindow } from '../rules/r04-inquiry-window.js';
import { oneOpenClaim } from '../rules/r05-one-open-claim.js';
import { ClaimType } from '../vocabulary/claim-type.js';
import { defineCommand } from './define-command.js';

/**
 * Opens a claim of any type on pieces of the parcel, with the documents it needs and their due
 * dates. `pieceIds` null takes every piece no other claim holds.
 */
export const openInquiry = defineCommand(
  'OpenInquiry',
  { claimId: ClaimId, claimType: ClaimType, pieceIds: nullable(t.array(PieceId)) },
  {
    roles: ['seller', 'forwarder'],
    scope: insuredParcelScope,
    rules: [oneOpenClaim, inquiryWindow],
    find: claimedPiecesFound,
    decide: ({ command, at, commandId, booking, coverage, terms, pieceIds }) => {
      const { claimId, claimType, now } = command.data;
      const p = terms.policy.parameters;
      const policeReport = needsPoliceReport(
        claimType,
        claimedGoodsValue(booking, pieceIds),
        coverage.insuredValue.currency,
        p,
      );
      const required = requiredDocuments(claimType, terms.calendar, p, now, policeReport);
      return [
        {
          type: 'InquiryOpened',
          data: {
            at,
            commandId,
            claimId,
            claimType,
            pieceIds: [...pieceIds],
            policy: coverage.policy,
            requiredDocuments: required,
          },
        },
      ];
    },
  },
);
