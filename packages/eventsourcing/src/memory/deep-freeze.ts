/**
 * Freezes a value and everything it contains. The in-memory store hands out the objects it
 * keeps, so freezing them is what stops a reader from editing recorded history in place.
 */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};
