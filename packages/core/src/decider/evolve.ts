import {
  type ClaimEvent,
  type ClaimEventType,
  claimEventRegistry,
  type TypedEvent,
} from '../events/claim-event.js';
import { draftOf, type ParcelDraft, stamp, stateOf } from './parcel-draft.js';
import type { ParcelState } from './state.js';

// A history is folded into one private draft that is changed in place and handed out as a state
// once, instead of building a new state, shipment and claim for every event: folding is
// dominated by building objects. Every object a draft changes is a copy it made itself, so the
// state folded from and the events are never changed, and no caller sees a state change.

const applyOne = <T extends ClaimEventType>(draft: ParcelDraft, event: TypedEvent<T>): void => {
  stamp(draft, event.data.at, event.data.commandId);
  claimEventRegistry[event.type].apply(draft, event.data);
};

/**
 * Folds a history into the parcel state, leaving `state` and the events unchanged. Total: it
 * never throws and never recomputes a stored deadline, so replaying a history gives the same
 * state every time (rule R1).
 */
export const fold = (state: ParcelState, events: readonly ClaimEvent[]): ParcelState => {
  if (events.length === 0) return state;
  const draft = draftOf(state);
  for (const event of events) applyOne(draft, event);
  return stateOf(draft);
};

/** Folds one event into the parcel state: a new state, `state` unchanged. */
export const evolve = (state: ParcelState, event: ClaimEvent): ParcelState => fold(state, [event]);
