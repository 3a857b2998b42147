import type { MoneyTotal } from './money-total.js';

/** Orders totals by currency code, as the pure queries list them. */
export const byCurrency = (a: MoneyTotal, b: MoneyTotal): number =>
  a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
