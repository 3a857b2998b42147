import * as E from 'fp-ts/lib/Either.js';
import { wholeStream } from '../decider/scopes.js';
import { termsOf } from '../decider/terms.js';
import { decisionNowOverdue } from '../rules/k1-decision-due-date.js';
import { carrierNoticeNowMissed } from '../rules/n1-carrier-notice.js';
import { electionNowOverdue } from '../rules/n4-found-after-payout.js';
import { payoutNowOverdue } from '../rules/r09-payout-due-date.js';
import { documentsPastGrace } from '../rules/r10-lapse-for-missing-documents.js';
import { defineCommand, nothingToFind } from './define-command.js';

/**
 * Writes the lapses and overdue flags that are due at `now`, the first that is due: a lapse, a late
 * decision, a late payout, a missed carrier notice (N1), a late salvage election (N4); nothing when none are.
 */
export const checkDeadlines = defineCommand(
  'CheckDeadlines',
  {},
  {
    roles: ['system', 'insurer', 'forwarder'],
    scope: wholeStream,
    rules: [],
    find: nothingToFind,
    decide: ({ state, command, context, at, commandId }) => {
      const { claim } = state;
      const { now } = command.data;
      if (claim === null) return [];
      const missing = documentsPastGrace(claim, now);
      if (missing.length > 0)
        return [
          {
            type: 'ClaimLapsed',
            data: { at, commandId, claimId: claim.claimId, missingDocuments: [...missing] },
          },
        ];
      if (decisionNowOverdue(claim, now) && claim.decisionDue !== null)
        return [
          {
            type: 'DecisionOverdue',
            data: { at, commandId, claimId: claim.claimId, dueAt: claim.decisionDue.dueAt },
          },
        ];
      if (payoutNowOverdue(claim, now) && claim.acceptance !== null)
        return [
          {
            type: 'PayoutOverdue',
            data: { at, commandId, claimId: claim.claimId, dueAt: claim.acceptance.payoutDue.dueAt },
          },
        ];
      const terms = state.coverage === null ? null : termsOf(state.coverage, context);
      const noticeDue =
        terms === null || E.isLeft(terms) || state.shipment === null
          ? null
          : carrierNoticeNowMissed(terms.right, claim, state.shipment, now);
      if (noticeDue !== null && state.shipment !== null)
        return [
          {
            type: 'CarrierNoticeMissed',
            data: { at, commandId, claimId: claim.claimId, carrierId: state.shipment.carrierId, noticeDue },
          },
        ];
      const found = electionNowOverdue(claim, now);
      if (found !== null)
        return [
          {
            type: 'SalvageElectionOverdue',
            data: { at, commandId, claimId: claim.claimId, dueAt: found.electionDue.dueAt },
          },
        ];
      return [];
    },
  },
);
