export { claimSchemaVersion, decodeRecordedClaimEvent, encodeClaimEvent } from './claim-event-codec.js';
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
export { parcelStreamId, parcelStreamPrefix } from './parcel-stream.js';
export { type ClockReading, type CommandAheadOfClock, t1Label } from './t1-command-not-ahead-of-clock.js';
