import { bookedParcelScope } from '../decider/scopes.js';
import { PartyId } from '../ids.js';
import { delegateNotPrincipal, notYetDelegated, principalItself } from '../rules/p2-parcel-party.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The parcel's party in the actor's role lets `delegateId` act in that role on this parcel. */
export const grantDelegation = defineCommand(
  'GrantDelegation',
  { delegateId: PartyId },
  {
    roles: ['seller', 'forwarder', 'carrier', 'insurer'],
    scope: bookedParcelScope,
    rules: [principalItself, delegateNotPrincipal, notYetDelegated],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { actor, delegateId } = command.data;
      if (actor.role === 'system') return [];
      return [
        {
          type: 'DelegationGranted',
          data: { at, commandId, principal: { role: actor.role, id: actor.id }, delegateId },
        },
      ];
    },
  },
);
