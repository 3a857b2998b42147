export { arbHistory, type GeneratedHistory, type HistoryOptions, historyDecider } from './arb-history.js';
export { arbAnyIntent, arbIntent, type Intent, type IntentKind } from './intent.js';
export { type Attempt, type CommandInput, type InterpretSetup, intentInput, interpret } from './interpret.js';
export { partyPools } from './parties.js';
export { arbPathIntents, type HistoryPath, historyPaths } from './paths.js';
