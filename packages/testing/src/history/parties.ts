import { type ParcelState, type PartyRole, type PrincipalRole, partyOf } from '@parcel-claims/core';

/**
 * The parties generated parcels draw theirs from: a forwarder serves several sellers, insurers and
 * carriers, so most of these are foreign to any one parcel, and some try to act on it anyway.
 */
export const partyPools: { readonly [R in PrincipalRole]: readonly [string, ...string[]] } = {
  seller: ['seller-1', 'seller-2', 'seller-3'],
  forwarder: ['forwarder-1', 'forwarder-2'],
  carrier: ['carrier-1', 'carrier-2', 'carrier-3'],
  insurer: ['insurer-1', 'insurer-2', 'insurer-3'],
};

/** Parties that hold no role on a parcel unless one delegates its role to them. */
export const agents: readonly [string, ...string[]] = ['agent-1', 'agent-2'];

/** The deadline clock's id. */
export const clockId = 'deadline-clock';

/** The party a new parcel records in a role, drawn from the pool by `choice`. */
export const drawParty = (role: PrincipalRole, choice: number): string => {
  const pool = partyPools[role];
  return pool[choice % pool.length] ?? pool[0];
};

/** The delegates acting in `role` on the parcel, oldest first. */
export const delegatesOf = (state: ParcelState, role: PrincipalRole): readonly string[] =>
  state.delegations.filter((d) => d.principal.role === role).map((d) => d.delegateId);

/** Whom a party of the parcel in `role` delegates to: the forwarder (acting for its seller) or an agent. */
export const delegateFor = (state: ParcelState, role: PrincipalRole, choice: number): string => {
  const forwarder = state.booking?.forwarderId;
  const candidates = role !== 'forwarder' && forwarder !== undefined ? [forwarder, ...agents] : agents;
  return candidates[choice % candidates.length] ?? agents[0];
};

/** A party of `role` that is neither the parcel's party of that role nor its delegate. */
export const foreignParty = (
  state: ParcelState,
  role: PrincipalRole,
  choice: number,
  named: string | null = null,
): string => {
  const candidates = [...partyPools[role], ...agents].filter(
    (id) => id !== partyOf(state, role) && id !== named && !delegatesOf(state, role).includes(id),
  );
  return candidates[choice % candidates.length] ?? 'intruder';
};

/**
 * Who sends a command in `role`: the parcel's party, or one of its delegates (every fourth
 * choice, when it has one); `foreign` picks a party foreign to the parcel instead. Before the
 * booking, the seller and forwarder are those the booking names (`named`).
 */
export const actorId = (
  role: PartyRole,
  state: ParcelState,
  choice: number,
  foreign: boolean,
  named: string | null,
): string => {
  if (role === 'system') return clockId;
  if (foreign) return foreignParty(state, role, choice, named);
  const delegates = delegatesOf(state, role);
  const delegate = choice % 4 === 0 ? delegates[choice % Math.max(1, delegates.length)] : undefined;
  return delegate ?? partyOf(state, role) ?? named ?? partyPools[role][0];
};
