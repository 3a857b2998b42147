import type { CommandBody } from './model-command.js';
import type { ParcelModel } from './parcel-model.js';
import { type PartyRole, partyPool, type Role, type Who } from './vocabulary.js';

/** The party a command names for a role it makes the parcel's: the booking's seller and forwarder. */
const namedIn = (body: CommandBody, role: PartyRole): string | null => {
  if (body.type !== 'BookParcel') return null;
  if (role === 'seller') return body.sellerId;
  return role === 'forwarder' ? body.forwarderId : null;
};

/** The parcel's party in a role, or the one the command names, or the first of the pool. */
export const ownParty = (parcel: ParcelModel, role: PartyRole, body: CommandBody): string =>
  parcel.parties[role] ?? namedIn(body, role) ?? partyPool[role][0];

/** The party of the pool in a role that is not `id`. */
export const otherParty = (role: PartyRole, id: string): string =>
  partyPool[role][0] === id ? partyPool[role][1] : partyPool[role][0];

/**
 * The party id a command is sent under: the parcel's own party in the role, a delegate of it (the
 * own party when none stands), or another party of the same role. The deadline clock is `system-1`.
 */
export const actorIdOf = (parcel: ParcelModel, role: Role, body: CommandBody, who: Who): string => {
  if (role === 'system') return 'system-1';
  const own = ownParty(parcel, role, body);
  switch (who) {
    case 'own':
      return own;
    case 'delegate':
      return parcel.delegations.find((d) => d.role === role)?.delegateId ?? own;
    case 'foreign':
      return otherParty(role, own);
  }
};
