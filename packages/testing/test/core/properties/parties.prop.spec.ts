import type { ClaimEvent, PrincipalRole } from '@parcel-claims/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHistory, checkHistory, type GeneratedHistory, historyPaths } from '../../../src/index.js';
import { p2ParcelParty } from '../../../src/invariants/index.js';

/** The parcel's parties and delegates as its events record them: an account kept apart from the state. */
interface Parties {
  readonly of: Map<PrincipalRole, string>;
  readonly delegates: Set<string>;
}

const delegateKey = (role: string, id: string) => `${role}/${id}`;

const record = (parties: Parties, event: ClaimEvent): void => {
  switch (event.type) {
    case 'ParcelBooked':
      parties.of.set('seller', event.data.sellerId);
      parties.of.set('forwarder', event.data.forwarderId);
      return;
    case 'InsurancePurchased':
      parties.of.set('insurer', event.data.insurerId);
      return;
    case 'ParcelHandedToCarrier':
      parties.of.set('carrier', event.data.carrierId);
      return;
    case 'DelegationGranted':
      parties.delegates.add(delegateKey(event.data.principal.role, event.data.delegateId));
      return;
    case 'DelegationRevoked':
      parties.delegates.delete(delegateKey(event.data.principal.role, event.data.delegateId));
      return;
    default:
      return;
  }
};

type Verdict = 'own' | 'delegate' | 'foreign' | 'clock' | 'not-booked';

/** Each attempt with who sent it, judged against the parties recorded before it, and what it wrote. */
const judged = (history: GeneratedHistory) => {
  const parties: Parties = { of: new Map(), delegates: new Set() };
  return history.attempts.map((attempt) => {
    const { command, outcome } = attempt;
    const { role, id } = command.data.actor;
    const booked = parties.of.has('seller');
    const named =
      command.type === 'BookParcel'
        ? role === 'seller'
          ? command.data.sellerId
          : command.data.forwarderId
        : undefined;
    const verdict: Verdict =
      role === 'system'
        ? 'clock'
        : !booked
          ? named === undefined
            ? 'not-booked'
            : named === id
              ? 'own'
              : 'foreign'
          : parties.of.get(role) === id
            ? 'own'
            : parties.delegates.has(delegateKey(role, id))
              ? 'delegate'
              : 'foreign';
    const written = outcome.kind === 'accepted' ? outcome.events : [];
    // A loss is confirmed for the carrier that took the parcel, and none other.
    const otherCarrier = written.some(
      (event) => event.type === 'LossConfirmed' && event.data.carrierId !== parties.of.get('carrier'),
    );
    for (const event of written) record(parties, event);
    const code = outcome.kind === 'rejected' ? outcome.rejection.code : null;
    return { type: command.type, role, verdict, written: written.length, code, otherCarrier };
  });
};

const anyPath = fc.oneof(...historyPaths.map((path) => arbHistory({ path })));

describe('P2 over generated histories with several sellers, forwarders, insurers, carriers and delegates', () => {
  it('writes nothing from a party foreign to the parcel, refuses none of its own by P2, confirms losses for its carrier only', () => {
    fc.assert(
      fc.property(anyPath, (history) => {
        for (const step of judged(history)) {
          expect(step.otherCarrier).toBe(false);
          if (step.verdict === 'foreign' || step.verdict === 'not-booked')
            expect(step).toMatchObject({ written: 0 });
          if (step.verdict === 'own') expect(['ForeignParty', 'BookedForOthers']).not.toContain(step.code);
          // A delegate acts in the role, but grants and revokes nothing (NotThePrincipal).
          if (step.verdict === 'delegate') expect(step.code).not.toBe('ForeignParty');
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves nothing for the audit's P2 invariant to find in the events with the actors that caused them", () => {
    fc.assert(
      fc.property(anyPath, (history) => {
        const entries = history.attempts.flatMap(({ command, outcome }) =>
          outcome.kind === 'accepted'
            ? outcome.events.map((event) => ({ event, actor: command.data.actor }))
            : [],
        );
        expect(checkHistory(entries, { invariants: [p2ParcelParty] })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('draws several parties per role, foreign ones of every role, and delegates that act', () => {
    const seen = { sellers: new Set<string>(), insurers: new Set<string>(), carriers: new Set<string>() };
    const foreignRefused = new Set<string>();
    let delegateActs = 0;
    for (const path of historyPaths)
      for (const history of fc.sample(arbHistory({ path }), { numRuns: 100, seed: 18 })) {
        for (const event of history.events) {
          if (event.type === 'ParcelBooked') seen.sellers.add(event.data.sellerId);
          if (event.type === 'InsurancePurchased') seen.insurers.add(event.data.insurerId);
          if (event.type === 'ParcelHandedToCarrier') seen.carriers.add(event.data.carrierId);
        }
        for (const step of judged(history)) {
          if (step.verdict === 'foreign' && step.code === 'ForeignParty') foreignRefused.add(step.role);
          if (step.verdict === 'delegate' && step.written > 0) delegateActs += 1;
        }
      }
    expect([seen.sellers.size, seen.insurers.size, seen.carriers.size].every((n) => n >= 2)).toBe(true);
    expect([...foreignRefused].sort()).toEqual(['carrier', 'forwarder', 'insurer', 'seller']);
    expect(delegateActs).toBeGreaterThan(20);
  }, 60_000);
});
