export { claimSchemaVersion, decodeRecordedClaimEvent, encodeClaimEvent } from './claim-event-codec.js';
export { type ClaimRecord, claimRecordOf } from './claim-record.js';
export {
  type CallOptions,
  type ClaimsService,
  type ClaimsServiceOptions,
  type CommandInput,
  createClaimsService,
} from './claims-service.js';
export type { CommandResult } from './command-result.js';
export { parcelStreamId, parcelStreamPrefix } from './parcel-stream.js';
