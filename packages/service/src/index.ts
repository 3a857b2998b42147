// The stored form of claim events and the parcel stream name live in the core (pure, no I/O);
// the service re-exports them, as it always has.
export {
  claimSchemaVersion,
  claimUpcasters,
  decodeRecordedClaimEvent,
  encodeClaimEvent,
  parcelStreamId,
  parcelStreamPrefix,
} from '@parcel-claims/core';
export { type ClaimRecord, claimRecordOf } from './claim-record.js';
export {
  type CallOptions,
  type ClaimsService,
  type ClaimsServiceOptions,
  type CommandInput,
  createClaimsService,
  defaultClockToleranceMs,
} from './claims-service.js';
export { ClockReadingInvalid } from './clock-reading-invalid.js';
export type { CommandResult, ServiceRejection } from './command-result.js';
export { type ClockReading, type CommandAheadOfClock, t1Label } from './t1-command-not-ahead-of-clock.js';
