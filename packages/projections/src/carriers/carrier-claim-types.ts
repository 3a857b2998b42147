/**
 * The claim types that count against the carrier: goods lost in its custody, whole or in part.
 * Damage and theft after delivery are not losses of carriage.
 */
export const carrierLossClaimTypes: readonly string[] = ['loss', 'partial-loss', 'missing-contents'];

/** Whether a claim of `claimType` counts in the carrier loss statistics. */
export const countsAgainstCarrier = (claimType: string): boolean => carrierLossClaimTypes.includes(claimType);
