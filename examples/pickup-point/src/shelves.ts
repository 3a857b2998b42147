/** The shelves of the pickup point. */
export const shelves = ['A', 'B', 'C', 'D'] as const;
export type Shelf = (typeof shelves)[number];

/** Parcels one shelf holds at most. */
export const shelfCapacity = 3;

/** Reminders sent before a parcel may go back to its sender, and the most ever sent. */
export const remindersBeforeReturn = 2;
