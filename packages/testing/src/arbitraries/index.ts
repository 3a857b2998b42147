export { arbAnyCommand, arbCommand } from './commands.js';
export { arbMalformedCommand, type MalformedCommand } from './malformed-commands.js';
export {
  arbCommandId,
  arbContentHash,
  arbCurrency,
  arbCurrencyByExponent,
  arbDocumentReference,
  arbDuration,
  arbId,
  arbInstant,
  arbMoney,
  arbMoneyIn,
} from './values.js';
