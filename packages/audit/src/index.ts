export {
  type Authority,
  authorityOf,
  describeClause,
  describeClauses,
  type PolicyClause,
} from './authority.js';
export {
  type CheckInclusionResult,
  type CheckpointInclusion,
  checkInclusion,
  type EventInclusion,
  formatInclusion,
  type InclusionFailure,
  type InclusionStatus,
} from './checkpoints/check-inclusion.js';
export {
  checkpointName,
  describeCheckpointFailure,
  describeLogFinding,
} from './checkpoints/describe-log-finding.js';
export {
  describeSignTreeHeadFailure,
  type SignTreeHeadFailure,
  type SignTreeHeadResult,
  signTreeHead,
} from './checkpoints/sign-tree-head.js';
export {
  type CheckpointRef,
  type FirstDifference,
  type LogEventRef,
  type LogFinding,
  type LogReport,
  maxNodeDifferences,
  type NodeDifference,
  type VerifyLogOptions,
  verifyLog,
} from './checkpoints/verify-log.js';
export { type DeadlineInForce, deadlinesInForce, describeDeadlines } from './deadlines.js';
export {
  describeBreakdown,
  describeConversion,
  describeDeductibleRule,
  eventDetails,
} from './describe-details.js';
export { localTime, whatChanged } from './describe-event.js';
export { escapeForDisplay, jsonForDisplay } from './display-text.js';
export { describePackFinding } from './evidence/describe-pack-finding.js';
export {
  type EvidencePack,
  EvidencePackCodec,
  evidencePackFormat,
  type MalformedPack,
  type PackDocument,
  type PackEvent,
  type ParsePackResult,
  packToJson,
  parsePack,
} from './evidence/evidence-pack.js';
export {
  documentOf,
  type ProveFailure,
  type ProveOptions,
  type ProveResult,
  type ProveTarget,
  proveParcel,
} from './evidence/prove-parcel.js';
export { type PackEventRef, type PackFinding, type PackReport, verifyPack } from './evidence/verify-pack.js';
export { type FormatReplayOptions, formatReplay, type Painter, type Style } from './format-replay.js';
export { type HtmlReportOptions, renderHtmlReport } from './html-report.js';
export {
  type CheckOptions,
  checkHistory,
  type HistoryEntry,
  type Invariant,
  type InvariantContext,
  invariantCatalogue,
  type Violation,
} from './invariants/index.js';
export { type ReplayJson, replayToJson, type StateJson } from './replay-json.js';
export {
  type AsOf,
  type Replay,
  type ReplayOptions,
  type ReplayStep,
  replayParcel,
} from './replay-parcel.js';
export { type StateChange, stateChanges } from './state-changes.js';
export {
  type BrokenEvent,
  describeStreamUnlikeLog,
  listStreams,
  type StreamUnlikeLog,
  type VerifyProgress,
  type VerifyReport,
  type VerifyStoreOptions,
  verifyStore,
} from './verify-store.js';
