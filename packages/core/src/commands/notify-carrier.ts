import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { carrierNotYetNotified, claimAcceptedOrPaid, noticeDueFound } from '../rules/n1-carrier-notice.js';
import { defineCommand } from './define-command.js';

/** The insurer records the written notice of the claim it gave the carrier that had the parcel. */
export const notifyCarrier = defineCommand(
  'NotifyCarrier',
  { claimId: ClaimId, reference: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimAcceptedOrPaid, carrierNotYetNotified],
    find: noticeDueFound,
    decide: ({ command, at, commandId, claim, shipment, noticeDue }) => {
      const { reference } = command.data;
      const { carrierId } = shipment;
      return [
        {
          type: 'CarrierNotified',
          data: { at, commandId, claimId: claim.claimId, carrierId, reference, noticeDue },
        },
      ];
    },
  },
);
