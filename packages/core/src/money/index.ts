export { addMoney, subtractFloorZero, subtractMoney } from './arithmetic.js';
export { compareMoney, equalsMoney, isPositive, isZero, minMoney, sameCurrency } from './comparison.js';
export { CurrencyCode, currencyCodes, currencyExponent } from './currency.js';
export { formatMoney, formatPlain, type InvalidAmount, type ParseMoneyError, parseMoney } from './decimal.js';
export { isMinorUnits, MinorUnits, type MinorUnitsBrand, Money, money, zeroOf } from './money.js';
export type { AmountOverflow, CurrencyMismatch, MoneyError, NegativeAmount } from './money-error.js';
