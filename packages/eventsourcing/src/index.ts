export {
  type Checkpoint,
  type CheckpointProblem,
  type CheckpointResult,
  type CheckpointTextResult,
  formatCheckpoint,
  parseCheckpoint,
} from './checkpoint/checkpoint.js';
export {
  type Ed25519SignerResult,
  ed25519Signer,
  type SignerKeyProblem,
} from './checkpoint/ed25519-signer.js';
export { generateKeyPair, type KeyPairResult } from './checkpoint/generate-key-pair.js';
export type { NoteSigner } from './checkpoint/note-signer.js';
export type { NoteTextProblem } from './checkpoint/note-text.js';
export { type SignedCheckpointResult, signCheckpoint } from './checkpoint/sign-checkpoint.js';
export { type SignedNoteResult, type SignNoteFailure, signNote } from './checkpoint/sign-note.js';
export {
  type MalformedNote,
  type NoteLimits,
  type NoteSignature,
  type ParsedNote,
  parseSignedNote,
} from './checkpoint/signed-note.js';
export {
  formatEd25519VerifierKey,
  parseVerifierKey,
  type VerifierKey,
  type VerifierKeyProblem,
  type VerifierKeyResult,
} from './checkpoint/verifier-key.js';
export {
  type CheckpointFailure,
  type CheckpointOptions,
  type CheckpointVerification,
  verifyCheckpoint,
} from './checkpoint/verify-checkpoint.js';
export { type NoteFailure, type NoteVerification, verifyNote } from './checkpoint/verify-note.js';
export { writeKeyPair } from './checkpoint/write-key-pair.js';
export type { Decider } from './decider/decider.js';
export type { DomainEvent } from './decider/domain-event.js';
export { type Fold, foldEvents } from './decider/fold-events.js';
export { type ImmerDecider, type ImmerDeciderSpec, immerDecider } from './decider/immer-decider.js';
export { commandDigestOf } from './handler/command-digest.js';
export {
  type CommandHandler,
  type CommandHandlerOptions,
  commandHandler,
  defaultCachedStreams,
} from './handler/command-handler.js';
export type { CommandOutcome } from './handler/command-outcome.js';
export type { CommandRequest } from './handler/command-request.js';
export { EventDecodeFailed } from './handler/event-decode-failed.js';
export { eventIdFor, eventIdNamespace } from './handler/event-id.js';
export { type LoadedEvent, type LoadedStream, loadStream } from './handler/load-stream.js';
export { RetriesExhausted } from './handler/retries-exhausted.js';
export { jitteredBackoff, type RetryPolicy } from './handler/retry-policy.js';
export { UndigestibleCommand } from './handler/undigestible-command.js';
export { canonicalJson } from './hash/canonical-json.js';
export {
  type ChainInput,
  chainEvents,
  recordedAt,
  type SealedEvent,
  type SealedText,
  sealEventsAsText,
} from './hash/chain-events.js';
export { eventHash, type HashedEvent, type HashInput, hashInputOf } from './hash/event-hash.js';
export { currentHashVersion, isKnownHashVersion, knownHashVersions } from './hash/hash-version.js';
export { type ChainBreak, type VerifyResult, verifyStream, verifyStreamText } from './hash/verify-stream.js';
export { appendEventLeaves, eventLeafHash } from './log-tree/event-leaf.js';
export type { CheckpointLog, KeptCheckpoint, LogTree, LogTreeHead } from './log-tree/log-tree.js';
export { type MemoryLogTree, memoryLogTree } from './log-tree/memory-log-tree.js';
export { inMemoryEventStore } from './memory/in-memory-event-store.js';
export {
  type Appended,
  appendLeaves,
  emptyFrontier,
  type Frontier,
  frontierRoot,
  isFrontier,
} from './merkle/frontier.js';
export { type MerkleNodeReader, type MerkleNodeStore, memoryNodeStore } from './merkle/merkle-node-store.js';
export type { NodeAddress, StoredNode } from './merkle/node-address.js';
export {
  consistencyProof,
  inclusionProof,
  type ProofResult,
  type ProofUnavailable,
  type TreeHeadResult,
  treeHead,
} from './merkle/proofs.js';
export {
  emptyRoot,
  type Hash,
  hashFromHex,
  hashToHex,
  leafHash,
  nodeHash,
} from './merkle/tree-hash.js';
export {
  type ConsistencyCheck,
  type ConsistencyClaim,
  type ConsistencyFailure,
  verifyConsistency,
} from './merkle/verify-consistency.js';
export {
  type InclusionCheck,
  type InclusionClaim,
  type InclusionFailure,
  verifyInclusion,
} from './merkle/verify-inclusion.js';
export { type CheckpointStore, memoryCheckpointStore } from './projection/checkpoint-store.js';
export { EventHandlerFailed } from './projection/event-handler-failed.js';
export {
  type MemoryProjectionSink,
  type MemoryProjectionSinkOptions,
  memoryProjectionSink,
} from './projection/memory-projection-sink.js';
export type { PoisonHandling, PoisonReason } from './projection/poison.js';
export { type ProjectionActivity, ProjectionBusy } from './projection/projection-busy.js';
export type { ProjectionDefinition } from './projection/projection-definition.js';
export { ProjectionFailed, type ProjectionFailureKind } from './projection/projection-failed.js';
export {
  type CatchUpResult,
  type ProjectionRunner,
  type ProjectionRunnerOptions,
  projectionRunner,
} from './projection/projection-runner.js';
export type { ProjectionSink } from './projection/projection-sink.js';
export { ProjectionStopped } from './projection/projection-stopped.js';
export type { Clock, RebuildProgress } from './projection/rebuild-progress.js';
export {
  type AppendCheck,
  type AppendCheckInput,
  checkAppend,
  type RecordedIdLocation,
} from './store/append-check.js';
export { DuplicateEventIds } from './store/errors/duplicate-event-ids.js';
export type { EventStoreError } from './store/errors/event-store-error.js';
export { InvalidEventData } from './store/errors/invalid-event-data.js';
export { InvalidStoreUrl } from './store/errors/invalid-store-url.js';
export { InvalidStreamId } from './store/errors/invalid-stream-id.js';
export { StoreUnavailable } from './store/errors/store-unavailable.js';
export { StreamNotFound } from './store/errors/stream-not-found.js';
export { VersionConflict, type VersionConflictDetails } from './store/errors/version-conflict.js';
export {
  type Actor,
  type EventMetadata,
  type RecordedMetadata,
  type RecordedMetadataFields,
  recordedMetadata,
} from './store/event-metadata.js';
export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
} from './store/event-store.js';
export type { EventToAppend } from './store/event-to-append.js';
export {
  type ExpectedVersion,
  type StreamVersion,
  satisfiesExpectedVersion,
  versionBefore,
} from './store/expected-version.js';
export type { RecordedEvent, RecordedText } from './store/recorded-event.js';
export { isValidStreamId, withValidStreamIds } from './store/stream-id.js';
export type { SubscribeOptions, Subscription, SubscriptionMessage } from './store/subscription.js';
export { inSpan, inSyncSpan, markFailed } from './telemetry/in-span.js';
export { instrumentedStore } from './telemetry/instrumented-store.js';
export { type LaggingProjection, observeProjectionLag } from './telemetry/observe-projection-lag.js';
export { attributeNames, instrumentationScope, metricNames } from './telemetry/telemetry-names.js';
export type { DecodeFailure } from './upcasting/decode-failure.js';
export { MissingUpcaster } from './upcasting/missing-upcaster.js';
export { SchemaVersionAhead } from './upcasting/schema-version-ahead.js';
export { type UpcastError, upcast, type VersionedData } from './upcasting/upcast.js';
export {
  type Upcaster,
  type UpcasterRegistry,
  type UpcasterTable,
  upcasterRegistry,
} from './upcasting/upcaster-registry.js';
export {
  type EventDecoder,
  type UpcastingDecoderOptions,
  upcastingDecoder,
} from './upcasting/upcasting-decoder.js';
