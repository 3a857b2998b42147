/** A deterministic UUID (version 4 layout): the nth id of a test. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const startOfTest = Date.UTC(2026, 2, 2, 9, 0, 0);

/** A fixed instant, n minutes after 2026-03-02T09:00Z. */
export const at = (minute: number): string => new Date(startOfTest + minute * 60_000).toISOString();
