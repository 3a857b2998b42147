export type { AnswerCounts } from './answer-counts.js';
export {
  type AuditOptions,
  auditStreams,
  type SentInput,
  type ServiceCall,
  type StreamAudit,
} from './audit-streams.js';
export { type CapturedOutput, captureOutput } from './captured-output.js';
export {
  type ConcurrentClaimsOptions,
  type ConcurrentClaimsReport,
  runConcurrentClaims,
} from './concurrent-claims.js';
export {
  type CrashPoint,
  crashPoints,
  InjectedCrash,
  type PlannedCrash,
} from './crash-plan.js';
export {
  type AppendCall,
  type AppendFault,
  type FaultCounts,
  type FaultyStore,
  faultyStore,
  yieldingStore,
} from './faulty-store.js';
export {
  assertLostResponses,
  type LostResponsesOptions,
  type LostResponsesReport,
  type PlannedFault,
} from './lost-responses.js';
export {
  assertProjectionFaults,
  type CrashHooks,
  crashingCheckpoints,
  type ProjectionFaultsOptions,
  type ProjectionFaultsReport,
  type ProjectionTarget,
  type ProjectionTargets,
  type SinkUnderTest,
} from './projection-faults.js';
export { errorViews, secretsShown } from './secret-leaks.js';
export { type StoreReliabilityOptions, storeReliability } from './store-reliability.js';
