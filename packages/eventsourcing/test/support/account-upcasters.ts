import { type UpcasterTable, upcasterRegistry } from '../../src/index.js';

const fields = (data: unknown): Readonly<Record<string, unknown>> =>
  typeof data === 'object' && data !== null ? { ...data } : {};

/** How the account's stored events changed over time. */
export const accountUpcasterTable: UpcasterTable = {
  Opened: {
    // v1 called the owner "name".
    1: (data) => {
      const { name, ...rest } = fields(data);
      return { ...rest, owner: name };
    },
    // v3 added overdraft limits; accounts opened before had none.
    2: (data) => ({ ...fields(data), overdraftLimit: 0 }),
  },
  Deposited: {
    // v1 had only euro accounts.
    1: (data) => ({ ...fields(data), currency: 'EUR' }),
  },
};

export const accountUpcasters = upcasterRegistry(accountUpcasterTable);
