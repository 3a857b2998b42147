import { keptCopy } from '../decider/parcel-draft.js';
import type { Delegation } from '../decider/state.js';
import { PartyId } from '../ids.js';
import { Principal } from '../vocabulary/actor.js';
import { defineEvent } from './define-event.js';

/** A party of the parcel lets another act in its role on this parcel (the forwarder for its seller). */
export const delegationGranted = defineEvent(
  'DelegationGranted',
  { principal: Principal, delegateId: PartyId },
  (draft, data) => {
    const delegation: Delegation = {
      principal: data.principal,
      delegateId: data.delegateId,
      grantedAt: data.at,
    };
    draft.delegations = [...draft.delegations, keptCopy(delegation)];
  },
);
