import { PartyId } from '../ids.js';
import { Principal } from '../vocabulary/actor.js';
import { defineEvent } from './define-event.js';

/** A party of the parcel ends a delegation of its role: the delegate no longer acts for it. */
export const delegationRevoked = defineEvent(
  'DelegationRevoked',
  { principal: Principal, delegateId: PartyId },
  (draft, data) => {
    draft.delegations = draft.delegations.filter(
      (d) =>
        d.principal.role !== data.principal.role ||
        d.principal.id !== data.principal.id ||
        d.delegateId !== data.delegateId,
    );
  },
);
