import { because, type Rejection } from '../decider/rejection.js';
import type { ParcelState } from '../decider/state.js';
import type { PartyId } from '../ids.js';
import type { Actor, PartyRole, PrincipalRole } from '../vocabulary/actor.js';
import { rule } from './rule.js';

/**
 * P2: the parcel's party in a role: its seller and forwarder from the booking, its insurer from
 * the coverage, its carrier from the handover; null while the parcel has none.
 */
export const partyOf = (state: ParcelState, role: PrincipalRole): PartyId | null => {
  switch (role) {
    case 'seller':
      return state.booking?.sellerId ?? null;
    case 'forwarder':
      return state.booking?.forwarderId ?? null;
    case 'insurer':
      return state.coverage?.insurerId ?? null;
    case 'carrier':
      return state.shipment?.carrierId ?? null;
  }
};

/** P2: `id` acts in `role` for the parcel's party of that role, by a delegation not revoked. */
export const isDelegate = (state: ParcelState, role: PrincipalRole, id: PartyId): boolean => {
  const principal = partyOf(state, role);
  return state.delegations.some(
    (d) => d.principal.role === role && d.principal.id === principal && d.delegateId === id,
  );
};

const expectedParty = (role: PartyRole, expected: PartyId | null): string =>
  role === 'system'
    ? 'the system is no party of a parcel'
    : expected === null
      ? `this parcel has no ${role} yet`
      : `the ${role} of this parcel is ${expected}`;

/** The rejection of an actor that is not the parcel's party for its role. */
const foreignParty = (
  command: string,
  role: PartyRole,
  expected: PartyId | null,
  actor: PartyId,
): Rejection => ({
  code: 'ForeignParty',
  rule: 'P2',
  command,
  role,
  expected,
  actor,
  message: because(
    'P2',
    `${actor} may not ${command} as ${role}: ${expectedParty(role, expected)}, and ${actor} does not act for it`,
  ),
});

/**
 * P2: the actor is the parcel's party for its role, or a recorded delegate of that party. A
 * stream not booked yet has no parties: BookParcel checks the parties it names itself, and every
 * other command needs a booked parcel (L1) or writes nothing. `system` (the deadline clock) is no party; P1 limits it to the
 * commands that allow it. Checked after S1, so a rejection never names another parcel's parties.
 */
export const parcelParty = rule(
  'P2',
  'parcel party',
  ({
    command,
    state,
    roles,
  }: {
    command: { type: string; data: { actor: Actor } };
    state: ParcelState;
    roles: readonly PartyRole[];
  }) => {
    const { role, id } = command.data.actor;
    if (role === 'system')
      return roles.includes(role) ? undefined : foreignParty(command.type, role, null, id);
    if (state.booking === null) return undefined;
    const expected = partyOf(state, role);
    return expected === id || isDelegate(state, role, id)
      ? undefined
      : foreignParty(command.type, role, expected, id);
  },
);

/** P2: a booking is made by the seller or the forwarder it names, in that role. */
export const bookedByNamedParty = rule(
  'P2',
  'booked by a party it names',
  ({ command }: { command: { data: { actor: Actor; sellerId: PartyId; forwarderId: PartyId } } }) => {
    const { actor, sellerId, forwarderId } = command.data;
    if (actor.role !== 'seller' && actor.role !== 'forwarder') return undefined;
    const named = actor.role === 'seller' ? sellerId : forwarderId;
    return named === actor.id
      ? undefined
      : {
          code: 'BookedForOthers',
          rule: 'P2',
          role: actor.role,
          named,
          actor: actor.id,
          message: because(
            'P2',
            `${actor.id} may not book as ${actor.role} a parcel whose ${actor.role} is ${named}`,
          ),
        };
  },
);

/** P2: a loss is confirmed for the carrier that took the parcel at the handover, and no other. */
export const carrierTookParcel = rule(
  'P2',
  'carrier took the parcel',
  ({ state, command }: { state: ParcelState; command: { data: { carrierId: PartyId } } }) => {
    const expected = partyOf(state, 'carrier');
    const { carrierId } = command.data;
    return carrierId === expected
      ? undefined
      : {
          code: 'ForeignCarrier',
          rule: 'P2',
          carrierId,
          expected,
          message: because('P2', `a loss confirmed by ${carrierId}: ${expectedParty('carrier', expected)}`),
        };
  },
);

type DelegationInput = {
  readonly state: ParcelState;
  readonly command: { readonly data: { readonly actor: Actor; readonly delegateId: PartyId } };
};

/** P2: only the parcel's party itself grants or revokes a delegation of its role, never a delegate. */
export const principalItself = rule('P2', 'principal itself', ({ state, command }: DelegationInput) => {
  const { role, id } = command.data.actor;
  if (role === 'system') return undefined;
  const principal = partyOf(state, role);
  return principal === id
    ? undefined
    : {
        code: 'NotThePrincipal',
        rule: 'P2',
        role,
        principal,
        actor: id,
        message: because('P2', `${id} acts for the ${role} of this parcel and may not delegate its role`),
      };
});

/** P2: a party does not delegate its role to itself. */
export const delegateNotPrincipal = rule(
  'P2',
  'delegate not the principal',
  ({ command }: DelegationInput) => {
    const { actor, delegateId } = command.data;
    return actor.role === 'system' || delegateId !== actor.id
      ? undefined
      : {
          code: 'DelegationToSelf',
          rule: 'P2',
          role: actor.role,
          delegateId,
          message: because('P2', `${delegateId} is the ${actor.role} of this parcel already`),
        };
  },
);

const delegationOf = (state: ParcelState, role: PrincipalRole, delegateId: PartyId) =>
  state.delegations.find((d) => d.principal.role === role && d.delegateId === delegateId);

/** P2: a delegation is granted once while it stands. */
export const notYetDelegated = rule('P2', 'not yet delegated', ({ state, command }: DelegationInput) => {
  const { actor, delegateId } = command.data;
  if (actor.role === 'system') return undefined;
  const granted = delegationOf(state, actor.role, delegateId);
  return granted === undefined
    ? undefined
    : {
        code: 'DelegationAlreadyGranted',
        rule: 'P2',
        role: actor.role,
        delegateId,
        grantedAt: granted.grantedAt,
        message: because(
          'P2',
          `${delegateId} acts for the ${actor.role} of this parcel since ${granted.grantedAt}`,
        ),
      };
});

/** P2: only a delegation that stands is revoked. */
export const delegationStands = rule('P2', 'delegation stands', ({ state, command }: DelegationInput) => {
  const { actor, delegateId } = command.data;
  if (actor.role === 'system') return undefined;
  return delegationOf(state, actor.role, delegateId) !== undefined
    ? undefined
    : {
        code: 'NoSuchDelegation',
        rule: 'P2',
        role: actor.role,
        delegateId,
        message: because('P2', `${delegateId} does not act for the ${actor.role} of this parcel`),
      };
});
