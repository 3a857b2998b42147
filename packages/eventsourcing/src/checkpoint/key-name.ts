// Unicode spaces are what signed-note forbids; control characters can never appear in a note.
const forbidden = /[\p{White_Space}\p{Cc}+]/u;

/**
 * Whether a name may name a key in a signed note (c2sp.org/signed-note, "Format"): non-empty,
 * without Unicode spaces or `+`. Control characters are refused too, as no note may hold them.
 */
export const isValidKeyName = (name: string): boolean => name.length > 0 && !forbidden.test(name);
