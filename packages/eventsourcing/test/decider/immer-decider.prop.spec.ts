import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { foldEvents, immerDecider } from '../../src/index.js';
import type { AccountEvent } from '../support/account.js';
import { emptyLedger, evolveLedger, evolveLedgerDraft, type Ledger } from '../support/ledger.js';

const ledger = immerDecider<never, AccountEvent, Ledger, never>({
  decide: () => E.right([]),
  evolve: evolveLedgerDraft,
  initialState: emptyLedger,
});

const amount = fc.integer({ min: 1, max: 10_000 });
const accountEvent: fc.Arbitrary<AccountEvent> = fc.oneof(
  fc.record({
    type: fc.constant('Opened' as const),
    data: fc.record({ owner: fc.string(), overdraftLimit: fc.nat() }),
  }),
  fc.record({
    type: fc.constant('Deposited' as const),
    data: fc.record({ amount, currency: fc.constantFrom('EUR', 'CNY', 'USD') }),
  }),
  fc.record({ type: fc.constant('Withdrawn' as const), data: fc.record({ amount }) }),
  fc.record({ type: fc.constant('Closed' as const), data: fc.constant({}) }),
);
const events = fc.array(accountEvent, { maxLength: 60 });

describe('immerDecider folds (properties)', () => {
  it('a batch fold equals the event-by-event fold and the hand-written fold', () => {
    fc.assert(
      fc.property(events, (history) => {
        const batched = foldEvents(ledger, ledger.initialState, history);
        expect(batched).toEqual(history.reduce(ledger.evolve, ledger.initialState));
        expect(batched).toEqual(history.reduce(evolveLedger, emptyLedger));
      }),
    );
  });

  it('folding in two batches equals folding in one', () => {
    fc.assert(
      fc.property(events, events, (first, second) => {
        const inTwo = ledger.foldBatch(ledger.foldBatch(ledger.initialState, first), second);
        expect(inTwo).toEqual(ledger.foldBatch(ledger.initialState, [...first, ...second]));
      }),
    );
  });
});
