export { arbHistory, type GeneratedHistory, type HistoryOptions, historyDecider } from './arb-history.js';
export { arbAnyIntent, arbIntent, type Intent, type IntentKind } from './intent.js';
export { type Attempt, interpret } from './interpret.js';
export { arbPathIntents, type HistoryPath, historyPaths } from './paths.js';
