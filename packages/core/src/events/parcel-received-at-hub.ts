import { moveTo } from '../decider/draft-changes.js';
import { PartyId } from '../ids.js';
import { defineEvent } from './define-event.js';

/** The parcel arrived at the forwarder's processing centre. */
export const parcelReceivedAtHub = defineEvent('ParcelReceivedAtHub', { hubId: PartyId }, (draft) =>
  moveTo(draft, 'at-hub'),
);
