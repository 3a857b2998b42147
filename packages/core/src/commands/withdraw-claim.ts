import * as t from 'io-ts';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The seller withdraws an open claim. */
export const withdrawClaim = defineCommand(
  'WithdrawClaim',
  {
    claimId: ClaimId,
    reason: t.keyof({ 'parcel-found': null, 'seller-request': null, 'settled-with-buyer': null }),
  },
  {
    roles: ['seller', 'forwarder'],
    scope: currentClaimScope,
    rules: [claimStillOpen],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { claimId, reason } = command.data;
      return [{ type: 'ClaimWithdrawn', data: { at, commandId, claimId, reason } }];
    },
  },
);
