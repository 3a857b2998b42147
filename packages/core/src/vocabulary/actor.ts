import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { PartyId } from '../ids.js';

/** The parties of a claim, plus `system` for schedulers that run deadline checks. */
export const PartyRole = t.keyof({
  seller: null,
  forwarder: null,
  carrier: null,
  insurer: null,
  system: null,
});
export type PartyRole = t.TypeOf<typeof PartyRole>;

/** Who issued a command. */
export const Actor = closed({ role: PartyRole, id: PartyId });
export type Actor = t.TypeOf<typeof Actor>;

/** The roles a parcel records a party for: every role but `system`. */
export const PrincipalRole = t.keyof({ seller: null, forwarder: null, carrier: null, insurer: null });
export type PrincipalRole = t.TypeOf<typeof PrincipalRole>;

/** A party of a parcel in one of its roles: the one a delegation acts for. */
export const Principal = closed({ role: PrincipalRole, id: PartyId });
export type Principal = t.TypeOf<typeof Principal>;
