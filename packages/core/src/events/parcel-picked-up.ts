import { moveTo } from '../decider/draft-changes.js';
import { defineEvent } from './define-event.js';

/** The forwarder collected the parcel from the seller. */
export const parcelPickedUp = defineEvent('ParcelPickedUp', {}, (draft) => moveTo(draft, 'picked-up'));
