export type { PickupCommand } from './commands.js';
export { decidePickup } from './decide.js';
export type { PickupEvent } from './events.js';
export { evolveByHand } from './evolve-by-hand.js';
export { evolveRecipe } from './evolve-recipe.js';
export { pickupPoint, pickupPointByHand } from './pickup-point.js';
export type { PickupRejection } from './rejections.js';
export { remindersBeforeReturn, type Shelf, shelfCapacity, shelves } from './shelves.js';
export { emptyPickupPoint, findParcel, type HeldParcel, type PickupPoint } from './state.js';
