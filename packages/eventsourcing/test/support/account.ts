import * as E from 'fp-ts/lib/Either.js';
import type { Decider, DecodeFailure, RecordedEvent } from '../../src/index.js';

/** A toy bank account: the domain the kernel's tests run against. */
export type AccountCommand =
  | { readonly type: 'Open'; readonly data: { readonly owner: string } }
  | { readonly type: 'Deposit'; readonly data: { readonly amount: number } }
  | { readonly type: 'Withdraw'; readonly data: { readonly amount: number } }
  | { readonly type: 'Close'; readonly data: Record<string, never> };

export type AccountEvent =
  | { readonly type: 'Opened'; readonly data: { readonly owner: string; readonly overdraftLimit: number } }
  | { readonly type: 'Deposited'; readonly data: { readonly amount: number; readonly currency: string } }
  | { readonly type: 'Withdrawn'; readonly data: { readonly amount: number } }
  | { readonly type: 'Closed'; readonly data: Record<string, never> };

export type AccountRejection =
  | { readonly type: 'AlreadyOpen' }
  | { readonly type: 'NotOpen' }
  | { readonly type: 'InsufficientFunds'; readonly balance: number; readonly requested: number };

export interface Account {
  readonly status: 'new' | 'open' | 'closed';
  readonly owner: string | null;
  readonly balance: number;
  readonly overdraftLimit: number;
}

export const initialAccount: Account = { status: 'new', owner: null, balance: 0, overdraftLimit: 0 };

const decide = (
  command: AccountCommand,
  state: Account,
): E.Either<AccountRejection, readonly AccountEvent[]> => {
  switch (command.type) {
    case 'Open':
      return state.status === 'new'
        ? E.right([{ type: 'Opened', data: { owner: command.data.owner, overdraftLimit: 0 } }])
        : E.left({ type: 'AlreadyOpen' });
    case 'Deposit':
      return state.status === 'open'
        ? E.right([{ type: 'Deposited', data: { amount: command.data.amount, currency: 'EUR' } }])
        : E.left({ type: 'NotOpen' });
    case 'Withdraw':
      if (state.status !== 'open') return E.left({ type: 'NotOpen' });
      return state.balance + state.overdraftLimit < command.data.amount
        ? E.left({ type: 'InsufficientFunds', balance: state.balance, requested: command.data.amount })
        : E.right([{ type: 'Withdrawn', data: { amount: command.data.amount } }]);
    case 'Close':
      if (state.status === 'closed') return E.right([]);
      if (state.status === 'new') return E.left({ type: 'NotOpen' });
      // Closing pays out what is left first: a command that yields two events.
      return E.right(
        state.balance > 0
          ? [
              { type: 'Withdrawn', data: { amount: state.balance } },
              { type: 'Closed', data: {} },
            ]
          : [{ type: 'Closed', data: {} }],
      );
  }
};

const evolve = (state: Account, event: AccountEvent): Account => {
  switch (event.type) {
    case 'Opened':
      return { ...state, status: 'open', owner: event.data.owner, overdraftLimit: event.data.overdraftLimit };
    case 'Deposited':
      return { ...state, balance: state.balance + event.data.amount };
    case 'Withdrawn':
      return { ...state, balance: state.balance - event.data.amount };
    case 'Closed':
      return { ...state, status: 'closed' };
  }
};

export const accountDecider: Decider<AccountCommand, AccountEvent, Account, AccountRejection> = {
  decide,
  evolve,
  initialState: initialAccount,
};

/** Schema versions the current code writes. */
export const accountSchemaVersions: Readonly<Record<AccountEvent['type'], number>> = {
  Opened: 3,
  Deposited: 2,
  Withdrawn: 1,
  Closed: 1,
};

export const schemaVersionOf = (type: string): number =>
  type === 'Opened' || type === 'Deposited' || type === 'Withdrawn' || type === 'Closed'
    ? accountSchemaVersions[type]
    : 1;

export const encodeAccountEvent = (event: AccountEvent): unknown => event.data;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const failure = (message: string): E.Either<DecodeFailure, never> => E.left({ message });

const amountOf = (data: Readonly<Record<string, unknown>>): E.Either<DecodeFailure, number> => {
  const { amount } = data;
  return typeof amount === 'number' && amount > 0
    ? E.right(amount)
    : failure('amount must be a positive number');
};

/** Decodes a recorded event at the current schema versions. */
export const decodeAccountEvent = (recorded: RecordedEvent): E.Either<DecodeFailure, AccountEvent> => {
  const { data } = recorded;
  if (!isRecord(data)) return failure('data must be an object');
  switch (recorded.type) {
    case 'Opened': {
      const { owner, overdraftLimit } = data;
      return typeof owner === 'string' && typeof overdraftLimit === 'number'
        ? E.right({ type: 'Opened', data: { owner, overdraftLimit } })
        : failure('Opened needs an owner and an overdraftLimit');
    }
    case 'Deposited': {
      const { currency } = data;
      if (typeof currency !== 'string') return failure('currency must be a string');
      return E.map((amount: number) => ({ type: 'Deposited' as const, data: { amount, currency } }))(
        amountOf(data),
      );
    }
    case 'Withdrawn':
      return E.map((amount: number) => ({ type: 'Withdrawn' as const, data: { amount } }))(amountOf(data));
    case 'Closed':
      return E.right({ type: 'Closed', data: {} });
    default:
      return failure(`unknown event type ${recorded.type}`);
  }
};
