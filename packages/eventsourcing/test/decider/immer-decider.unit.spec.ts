import * as E from 'fp-ts/lib/Either.js';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { foldEvents, immerDecider } from '../../src/index.js';
import type { AccountEvent } from '../support/account.js';
import { emptyLedger, evolveLedgerDraft, type Ledger } from '../support/ledger.js';

const history: readonly AccountEvent[] = [
  { type: 'Opened', data: { owner: 'Ada', overdraftLimit: 0 } },
  { type: 'Deposited', data: { amount: 100, currency: 'EUR' } },
  { type: 'Deposited', data: { amount: 7, currency: 'CNY' } },
  { type: 'Withdrawn', data: { amount: 30 } },
];

const ledgerWatching = (drafts: Set<Draft<Ledger>>) =>
  immerDecider<never, AccountEvent, Ledger, never>({
    decide: () => E.right([]),
    evolve: (draft, event) => {
      drafts.add(draft);
      evolveLedgerDraft(draft, event);
    },
    initialState: emptyLedger,
  });

describe('immerDecider', () => {
  it('folds a history to the expected state', () => {
    const ledger = ledgerWatching(new Set());
    expect(foldEvents(ledger, ledger.initialState, history)).toEqual({
      status: 'open',
      owner: 'Ada',
      balances: { EUR: 70, CNY: 7 },
      movements: [
        { kind: 'in', amount: 100 },
        { kind: 'in', amount: 7 },
        { kind: 'out', amount: 30 },
      ],
    });
  });

  it('folds a whole batch inside one produce: one draft for the batch', () => {
    const drafts = new Set<Draft<Ledger>>();
    const ledger = ledgerWatching(drafts);
    ledger.foldBatch(ledger.initialState, history);
    expect(drafts.size).toBe(1);
  });

  it('evolves one event with one produce each', () => {
    const drafts = new Set<Draft<Ledger>>();
    const ledger = ledgerWatching(drafts);
    history.reduce(ledger.evolve, ledger.initialState);
    expect(drafts.size).toBe(history.length);
  });

  it('leaves the initial state untouched and returns a frozen state', () => {
    const ledger = ledgerWatching(new Set());
    const state = ledger.foldBatch(ledger.initialState, history);
    expect(ledger.initialState).toEqual({ status: 'new', owner: null, balances: {}, movements: [] });
    expect(Object.isFrozen(state)).toBe(true);
  });

  it('returns the same state for an empty batch', () => {
    const ledger = ledgerWatching(new Set());
    expect(ledger.foldBatch(ledger.initialState, [])).toBe(ledger.initialState);
  });
});
