import {
  type ClaimCommand,
  ClaimCommand as ClaimCommandCodec,
  ClaimEvent,
  decodeClaimCommand,
  decodeClaimEvent,
  instantFromMillis,
  instantMillis,
  isClosed,
  type PrincipalRole,
  partyOf,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { arbAnyCommand, arbCommand, arbHistory } from '../../../src/index.js';

const closedHistory = fc.oneof(
  arbHistory({ path: 'happy-payout' }),
  arbHistory({ path: 'rejection' }),
  arbHistory({ path: 'lapse' }),
  arbHistory({ path: 'withdrawal' }),
);

const claimScoped = fc.oneof(
  arbCommand('AttachDocument'),
  arbCommand('RejectDocument'),
  arbCommand('ExtendDocumentDeadline'),
  arbCommand('ConfirmLoss'),
  arbCommand('SubmitClaim'),
  arbCommand('AcceptClaim'),
  arbCommand('RejectClaim'),
  arbCommand('PayClaim'),
  arbCommand('WithdrawClaim'),
);

/** The command aimed at the history's closed claim, by the parcel's party of a role, after the last event. */
const aimedAt = (
  command: ClaimCommand,
  claimId: string,
  parcelId: string,
  after: string,
  role: string,
  id: string,
): unknown => ({
  type: command.type,
  data: {
    ...ClaimCommandCodec.encode(command).data,
    claimId,
    parcelId,
    now: instantFromMillis((instantMillis(command.data.now) % 86_400_000) + Date.parse(after)),
    actor: { role, id },
  },
});

describe('terminal states absorb (R11)', () => {
  it('refuses every command on a paid, rejected, lapsed or withdrawn claim', () => {
    fc.assert(
      fc.property(closedHistory, claimScoped, (history, command) => {
        const claim = history.state.claim;
        const last = history.state.lastEventAt;
        const parcelId = history.state.parcelId;
        if (claim === null || !isClosed(claim) || last === null || parcelId === null) return;
        for (const role of ['seller', 'forwarder', 'carrier', 'insurer'] satisfies PrincipalRole[]) {
          // A parcel dispatched but never handed over has no carrier, so P2 refuses any.
          const id = partyOf(history.state, role);
          const aimed = decodeClaimCommand(
            aimedAt(command, claim.claimId, parcelId, last, role, id ?? 'no-carrier-yet'),
          );
          if (E.isLeft(aimed)) throw new Error(aimed.left.message);
          const decision = history.decider.decide(aimed.right, history.state);
          expect(E.isLeft(decision)).toBe(true);
          if (E.isLeft(decision))
            expect([
              'ClaimClosed',
              'ClaimAlreadyPaid',
              'CommandNotPermitted',
              'DocumentNotRequired',
              ...(id === null ? ['ForeignParty'] : []),
            ]).toContain(decision.left.code);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('codecs round-trip', () => {
  it('every command: decode(JSON(encode(c))) is c', () => {
    fc.assert(
      fc.property(arbAnyCommand, (command) => {
        const json = JSON.parse(JSON.stringify(ClaimCommandCodec.encode(command)));
        expect(decodeClaimCommand(json)).toEqual(E.right(command));
      }),
      { numRuns: 500 },
    );
  });

  it('every event the decider writes: decode(JSON(encode(e))) is e', () => {
    fc.assert(
      fc.property(arbHistory(), (history) => {
        for (const event of history.events) {
          const json = JSON.parse(JSON.stringify(ClaimEvent.encode(event)));
          expect(decodeClaimEvent(json)).toEqual(E.right(event));
        }
      }),
      { numRuns: 200 },
    );
  });
});
