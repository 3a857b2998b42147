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
  arbMoney,
  arbMoneyIn,
} from './arbitraries/index.js';
export {
  type ContractOptions,
  eventStoreContract,
  type StoreFactory,
  type StoreUnderTest,
} from './contract/index.js';
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
  type AnswerCounts,
  type AppendCall,
  type AppendFault,
  type AuditOptions,
  auditStreams,
  type ConcurrentClaimsOptions,
  type ConcurrentClaimsReport,
  type FaultCounts,
  type FaultyStore,
  faultyStore,
  runConcurrentClaims,
  type SentInput,
  type ServiceCall,
  type StreamAudit,
  yieldingStore,
} from './reliability/index.js';
export {
  type Difference,
  deciderSpec,
  jsonDiff,
  type SpecDecider,
  SpecFailure,
  type WhenResult,
} from './spec/index.js';
