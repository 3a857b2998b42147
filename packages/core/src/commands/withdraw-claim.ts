import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { defineCommand } from './define-command.js';

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
    decide: ({ command, stamp }) => {
      const { claimId, reason } = command.data;
      return E.right([{ type: 'ClaimWithdrawn', data: { ...stamp, claimId, reason } }]);
    },
  },
);
