import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { zeroOf } from '../money/index.js';
import { openRecovery, recoveryOpen, remainder } from '../rules/n3-recovery.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The insurer writes off what is still outstanding of the recovery, giving its reason. */
export const closeRecovery = defineCommand(
  'CloseRecovery',
  { claimId: ClaimId, reason: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [recoveryOpen],
    find: nothingToFind,
    decide: ({ command, at, commandId, claim, coverage }) => {
      const { reason } = command.data;
      const recovery = openRecovery(claim);
      const writtenOff =
        recovery === null
          ? zeroOf(coverage.insuredValue.currency)
          : remainder(recovery.filed, recovery.received);
      return [
        { type: 'RecoveryClosed', data: { at, commandId, claimId: claim.claimId, reason, writtenOff } },
      ];
    },
  },
);
