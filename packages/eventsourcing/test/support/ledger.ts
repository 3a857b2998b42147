import type { Draft } from 'immer';
import type { AccountEvent } from './account.js';

/** A nested state where an immer recipe reads better than spreads. */
export interface Ledger {
  readonly status: 'new' | 'open' | 'closed';
  readonly owner: string | null;
  readonly balances: Readonly<Record<string, number>>;
  readonly movements: readonly { readonly kind: 'in' | 'out'; readonly amount: number }[];
}

export const emptyLedger: Ledger = { status: 'new', owner: null, balances: {}, movements: [] };

export const evolveLedgerDraft = (draft: Draft<Ledger>, event: AccountEvent): void => {
  switch (event.type) {
    case 'Opened':
      draft.status = 'open';
      draft.owner = event.data.owner;
      return;
    case 'Deposited':
      draft.balances[event.data.currency] = (draft.balances[event.data.currency] ?? 0) + event.data.amount;
      draft.movements.push({ kind: 'in', amount: event.data.amount });
      return;
    case 'Withdrawn':
      draft.balances.EUR = (draft.balances.EUR ?? 0) - event.data.amount;
      draft.movements.push({ kind: 'out', amount: event.data.amount });
      return;
    case 'Closed':
      draft.status = 'closed';
      return;
  }
};

/** The same evolve written by hand, as the reference the immer fold must agree with. */
export const evolveLedger = (state: Ledger, event: AccountEvent): Ledger => {
  switch (event.type) {
    case 'Opened':
      return { ...state, status: 'open', owner: event.data.owner };
    case 'Deposited':
      return {
        ...state,
        balances: {
          ...state.balances,
          [event.data.currency]: (state.balances[event.data.currency] ?? 0) + event.data.amount,
        },
        movements: [...state.movements, { kind: 'in', amount: event.data.amount }],
      };
    case 'Withdrawn':
      return {
        ...state,
        balances: { ...state.balances, EUR: (state.balances.EUR ?? 0) - event.data.amount },
        movements: [...state.movements, { kind: 'out', amount: event.data.amount }],
      };
    case 'Closed':
      return { ...state, status: 'closed' };
  }
};
