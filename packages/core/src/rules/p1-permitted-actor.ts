import { because } from '../decider/rejection.js';
import type { Actor, PartyRole } from '../vocabulary/actor.js';
import { withArticle } from '../vocabulary/article.js';
import { rule } from './rule.js';

/**
 * P1: the actor's role is one of the roles the command's module permits (`roles` of its
 * definition; the forwarder assembles the dossier, so it may act for the seller).
 */
export const permittedActor = rule(
  'P1',
  'permitted actor',
  ({
    command,
    roles,
  }: {
    command: { type: string; data: { actor: Actor } };
    roles: readonly PartyRole[];
  }) => {
    const { role } = command.data.actor;
    return roles.includes(role)
      ? undefined
      : {
          code: 'CommandNotPermitted',
          rule: 'P1',
          command: command.type,
          role,
          allowed: roles,
          message: because(
            'P1',
            `${withArticle(role)} may not ${command.type}; allowed: ${roles.join(', ')}`,
          ),
        };
  },
);
