import type {
  AppendExpectedRevision,
  CurrentRevision,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { type ExpectedVersion, type StreamVersion, VersionConflict } from '@parcel-claims/eventsourcing';

/**
 * The port's expected version as the client's expected revision. Both use 0-based revisions and
 * the same three words, so this is the identity, kept as a function so that a move to the
 * successor client (`streamState`) changes one place.
 */
export const toExpectedRevision = (expected: ExpectedVersion): AppendExpectedRevision => expected;

/** The client's expected revision as the port's expected version. */
export const fromExpectedRevision = (revision: AppendExpectedRevision): ExpectedVersion => revision;

/** The client's current revision as the port's stream version. */
export const fromCurrentRevision = (revision: CurrentRevision): StreamVersion => revision;

/**
 * The port's `VersionConflict` for a server's wrong-expected-version answer. `expected` is what
 * the caller asked for, which may differ from what the adapter sent (it sends exact revisions).
 */
export const versionConflictFrom = (
  streamId: string,
  expected: ExpectedVersion,
  error: WrongExpectedVersionError,
): VersionConflict =>
  new VersionConflict({ streamId, expected, actual: fromCurrentRevision(error.actualVersion) });
