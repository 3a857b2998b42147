export {
  arbAnyCommand,
  arbCommand,
  arbCommandId,
  arbContentHash,
  arbCurrency,
  arbCurrencyByExponent,
  arbDocumentReference,
  arbDuration,
  arbId,
  arbInstant,
  arbMalformedCommand,
  arbMoney,
  arbMoneyIn,
  type MalformedCommand,
} from './arbitraries/index.js';
export {
  type ContractOptions,
  eventStoreContract,
  type StoreFactory,
  type StoreUnderTest,
} from './contract/index.js';
export {
  type CommandJson,
  foundingStory,
  foundingStoryPaidLate,
  foundingStoryParcelId,
} from './fixtures/index.js';
export {
  type Attempt,
  arbHistory,
  type GeneratedHistory,
  type HistoryOptions,
  type HistoryPath,
  historyDecider,
  historyPaths,
} from './history/index.js';
export {
  type CheckOptions,
  checkHistory,
  type HistoryEntry,
  type Invariant,
  type InvariantContext,
  invariantCatalogue,
  type Violation,
} from './invariants/index.js';
export {
  type AssertClaimsModelOptions,
  assertClaimsModel,
  type ClaimsModelCommand,
  type ClaimsModelProperty,
  type ClaimsModelPropertyOptions,
  type ClaimsModelStoreFactory,
  claimsModelProperty,
} from './model/index.js';
export {
  type Difference,
  deciderSpec,
  jsonDiff,
  type SpecDecider,
  SpecFailure,
  type WhenResult,
} from './spec/index.js';
export { claimStoryInput } from './story/index.js';
