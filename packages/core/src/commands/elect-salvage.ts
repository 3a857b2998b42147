import * as t from 'io-ts';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { electionFound, repayment } from '../rules/n4-found-after-payout.js';
import { defineCommand } from './define-command.js';

/** Repay the payout (or the found pieces' share of it), or surrender the found goods to the insurer. */
export const SalvageElection = t.keyof({ repay: null, surrender: null });

/** The insured, its paid parcel found, elects to repay or to surrender the goods. */
export const electSalvage = defineCommand(
  'ElectSalvage',
  { claimId: ClaimId, election: SalvageElection },
  {
    roles: ['seller'],
    scope: currentClaimScope,
    rules: [],
    find: electionFound,
    decide: ({ command, at, commandId, claim, booking, found, paid }) => {
      const { claimId } = claim;
      return command.data.election === 'repay'
        ? [
            {
              type: 'ClaimRepaid',
              data: { at, commandId, claimId, amount: repayment(booking, claim, paid, found) },
            },
          ]
        : [{ type: 'GoodsSurrendered', data: { at, commandId, claimId, pieceIds: [...found.pieceIds] } }];
    },
  },
);
