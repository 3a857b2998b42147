import { bookedParcelScope } from '../decider/scopes.js';
import { PartyId } from '../ids.js';
import { delegationStands, principalItself } from '../rules/p2-parcel-party.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The parcel's party in the actor's role ends the delegation it granted to `delegateId`. */
export const revokeDelegation = defineCommand(
  'RevokeDelegation',
  { delegateId: PartyId },
  {
    roles: ['seller', 'forwarder', 'carrier', 'insurer'],
    scope: bookedParcelScope,
    rules: [principalItself, delegationStands],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { actor, delegateId } = command.data;
      if (actor.role === 'system') return [];
      return [
        {
          type: 'DelegationRevoked',
          data: { at, commandId, principal: { role: actor.role, id: actor.id }, delegateId },
        },
      ];
    },
  },
);
