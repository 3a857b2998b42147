export { allocate } from './allocate.js';
export { addMoney, subtractFloorZero, subtractMoney } from './arithmetic.js';
export { compareMoney, equalsMoney, isPositive, isZero, minMoney, sameCurrency } from './comparison.js';
export { CurrencyCode, currencyCodes, currencyExponent } from './currency.js';
export { formatMoney, formatPlain, type InvalidAmount, type ParseMoneyError, parseMoney } from './decimal.js';
export {
  DecimalText,
  type DecimalTextBrand,
  decimalText,
  decimalTextFractionDigits,
  decimalTextLength,
  decimalTextWholeDigits,
  type ExactDecimal,
  exactDecimal,
} from './decimal-text.js';
export { Conversion, ConversionRounding, convert, ExchangeRate, exactConversionText } from './exchange.js';
export type {
  AllocationError,
  ExchangeError,
  NegativeWeight,
  NoWeights,
  RateNotApplicable,
  RateWithinOneCurrency,
  ZeroTotalWeight,
} from './exchange-error.js';
export { divideHalfEven } from './half-even.js';
export { isMinorUnits, MinorUnits, type MinorUnitsBrand, Money, money, zeroOf } from './money.js';
export type { AmountOverflow, CurrencyMismatch, MoneyError, NegativeAmount } from './money-error.js';
export { percentOf } from './percent.js';
