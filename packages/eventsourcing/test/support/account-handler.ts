import {
  type CommandHandler,
  type CommandRequest,
  commandHandler,
  type EventStore,
  type RetryPolicy,
} from '../../src/index.js';
import {
  type Account,
  type AccountCommand,
  type AccountEvent,
  type AccountRejection,
  accountDecider,
  decodeAccountEvent,
  encodeAccountEvent,
  schemaVersionOf,
} from './account.js';
import { accountUpcasters } from './account-upcasters.js';
import { at } from './ids.js';

/** A handler for the toy account, with a sleep that records its delays instead of waiting. */
export const accountHandler = (
  store: EventStore,
  retry: RetryPolicy = {},
  cachedStreams?: number,
): {
  readonly handle: CommandHandler<AccountCommand, AccountEvent, Account, AccountRejection>;
  readonly sleeps: number[];
} => {
  const sleeps: number[] = [];
  const handle = commandHandler({
    store,
    decider: accountDecider,
    schemaVersionOf,
    encode: encodeAccountEvent,
    decode: decodeAccountEvent,
    // A command is plain JSON already: its content is itself.
    encodeCommand: (command) => command,
    upcasters: accountUpcasters,
    retry: {
      delayMs: (attempt) => attempt * 10,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...retry,
    },
    ...(cachedStreams === undefined ? {} : { cachedStreams }),
  });
  return { handle, sleeps };
};

/** The nth command of a test on account-1, at minute n. */
export const request = (n: number, command: AccountCommand): CommandRequest<AccountCommand> => ({
  streamId: 'account-1',
  command,
  commandId: `command-${n}`,
  now: at(n),
});

export const open = (owner = 'Ada'): AccountCommand => ({ type: 'Open', data: { owner } });
export const deposit = (amount: number): AccountCommand => ({ type: 'Deposit', data: { amount } });
export const withdraw = (amount: number): AccountCommand => ({ type: 'Withdraw', data: { amount } });
export const close: AccountCommand = { type: 'Close', data: {} };
