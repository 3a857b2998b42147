import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import {
  claimPaidFirst,
  liabilityAssessed,
  recoveryAmountValid,
  recoveryNotFiledYet,
  recoveryWithinLimit,
} from '../rules/n3-recovery.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** Having paid, the insurer claims an amount back from the carrier, at most what it paid and the carrier's cap. */
export const fileRecovery = defineCommand(
  'FileRecovery',
  { claimId: ClaimId, amount: Money, reference: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimPaidFirst, liabilityAssessed, recoveryNotFiledYet, recoveryAmountValid, recoveryWithinLimit],
    find: nothingToFind,
    decide: ({ command, at, commandId, claim, shipment }) => {
      const { amount, reference } = command.data;
      const { carrierId } = shipment;
      return [
        {
          type: 'RecoveryFiled',
          data: { at, commandId, claimId: claim.claimId, carrierId, amount, reference },
        },
      ];
    },
  },
);
