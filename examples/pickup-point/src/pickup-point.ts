import { type Decider, immerDecider } from '@parcel-claims/eventsourcing';
import type { PickupCommand } from './commands.js';
import { decidePickup } from './decide.js';
import type { PickupEvent } from './events.js';
import { evolveByHand } from './evolve-by-hand.js';
import { evolveRecipe } from './evolve-recipe.js';
import type { PickupRejection } from './rejections.js';
import { emptyPickupPoint, type PickupPoint } from './state.js';

/**
 * The pickup point as a decider whose evolve is an immer recipe. `foldEvents` folds a history
 * with its `foldBatch`: one `produce` for the whole history.
 *
 * @example
 * const state = foldEvents(pickupPoint, pickupPoint.initialState, history);
 */
export const pickupPoint = immerDecider<PickupCommand, PickupEvent, PickupPoint, PickupRejection>({
  decide: decidePickup,
  evolve: evolveRecipe,
  initialState: emptyPickupPoint,
});

/** The same decider with the evolve written by hand, folded event by event: what the recipe is measured against. */
export const pickupPointByHand: Decider<PickupCommand, PickupEvent, PickupPoint, PickupRejection> = {
  decide: decidePickup,
  evolve: evolveByHand,
  initialState: emptyPickupPoint,
};
