import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import {
  openRecovery,
  receiptWithinOutstanding,
  recoveryAmountValid,
  recoveryOpen,
} from '../rules/n3-recovery.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The insurer records money the carrier paid on the recovery, in full or in part. */
export const recordRecovery = defineCommand(
  'RecordRecovery',
  { claimId: ClaimId, amount: Money, reference: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [recoveryOpen, recoveryAmountValid, receiptWithinOutstanding],
    find: nothingToFind,
    decide: ({ command, at, commandId, claim }) => {
      const { amount, reference } = command.data;
      const recovery = openRecovery(claim);
      const full =
        recovery !== null && recovery.received.minorUnits + amount.minorUnits === recovery.filed.minorUnits;
      return [
        {
          type: 'RecoveryReceived',
          data: { at, commandId, claimId: claim.claimId, amount, reference, full },
        },
      ];
    },
  },
);
