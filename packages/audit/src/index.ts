export {
  type Authority,
  authorityOf,
  describeClause,
  describeClauses,
  type PolicyClause,
} from './authority.js';
export { type DeadlineInForce, deadlinesInForce, describeDeadlines } from './deadlines.js';
export { localTime, whatChanged } from './describe-event.js';
export { escapeForDisplay, jsonForDisplay } from './display-text.js';
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
  listStreams,
  type VerifyProgress,
  type VerifyReport,
  type VerifyStoreOptions,
  verifyStore,
} from './verify-store.js';
