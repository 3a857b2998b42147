// Advisory locks take two integer keys. The first says which of this library's locks it is (fixed
// values, chosen to be unlikely in an application's own advisory locks); the second says which
// schema it guards.

/** Serialises the appends of one schema, so global positions are handed out in commit order. */
export const appendLockClass = 1_885_561_601;

/** Serialises migrations of one schema, so two processes starting at once apply each step once. */
export const migrationLockClass = 1_885_561_602;
