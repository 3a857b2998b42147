import {
  type AsOf,
  type BrokenEvent,
  escapeForDisplay,
  jsonForDisplay,
  type Replay,
  replayParcel,
  verifyStore,
} from '@parcel-claims/audit';
import { Instant } from '@parcel-claims/core';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService, parcelStreamId } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { describeError } from '../open.js';

/** Where an audit stops, as given on the command line. */
export interface AsOfOptions {
  readonly asOf?: string;
  readonly revision?: string;
}

/** Reads `--as-of` and `--revision`; a message when they are wrong. */
export const parseAsOf = (options: AsOfOptions): E.Either<string, AsOf | undefined> => {
  if (options.asOf !== undefined && options.revision !== undefined)
    return E.left('give --as-of or --revision, not both');
  if (options.revision !== undefined) {
    return /^\d{1,18}$/.test(options.revision)
      ? E.right({ revision: BigInt(options.revision) })
      : E.left(`--revision ${jsonForDisplay(options.revision)} is not a revision (a whole number from 0)`);
  }
  if (options.asOf !== undefined) {
    const at = Instant.decode(options.asOf);
    return E.isRight(at)
      ? E.right({ at: at.right })
      : E.left(
          `--as-of ${jsonForDisplay(options.asOf)} is not an ISO 8601 UTC instant like 2026-01-20T00:00:00Z`,
        );
  }
  return E.right(undefined);
};

/** A message when `zone` is not an IANA time zone this runtime knows. */
export const zoneProblem = (zone: string | undefined): string | null => {
  if (zone === undefined) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return null;
  } catch {
    return `--zone ${jsonForDisplay(zone)} is not an IANA time zone like Asia/Shanghai`;
  }
};

/** A parcel's replay (or why its events could not be read) and the state of its hash chain. */
export interface LoadedParcel {
  readonly replay: E.Either<unknown, Replay>;
  /** The first broken event of the stream, or null when the chain is intact. */
  readonly chain: BrokenEvent | null;
}

/** Reads a parcel's stream, checks its hash chain and replays it; null when the parcel has no events. */
export const loadParcel = async (
  store: EventStore,
  parcelId: string,
  asOf: AsOf | undefined,
): Promise<LoadedParcel | null> => {
  const streamId = parcelStreamId(parcelId);
  const verified = await verifyStore(store, { streams: [streamId] });
  if (verified.events === 0) return null;
  const chain = verified.broken[0] ?? null;
  try {
    const records = await createClaimsService({ store }).history(parcelId);
    return { replay: E.right(replayParcel(records, asOf === undefined ? {} : { asOf })), chain };
  } catch (error) {
    return { replay: E.left(error), chain };
  }
};

/** `parcel-X@5: hash-mismatch (expected 9f…, found 03…)`; what was read from the store, escaped for display. */
export const describeBreak = (broken: BrokenEvent): string =>
  escapeForDisplay(
    `${broken.streamId}@${broken.revision}: ${broken.reason} (expected ${broken.expected ?? 'none'}, found ${broken.found ?? 'none'})`,
  );

/** What `audit` and `report` read a parcel with, as given on the command line. */
export interface ReplayOptions extends AsOfOptions {
  readonly zone?: string;
}

/** A replayed parcel and the state of its chain; the exit code instead when that failed. */
export type ReplayedParcel = { readonly replay: Replay; readonly chain: BrokenEvent | null } | number;

/**
 * Checks `--as-of`, `--revision` and `--zone`, then loads and replays a parcel for `command`,
 * reporting on standard error why it could not: a wrong option (exit 2), no events (exit 1), an
 * event that does not decode (exit 1, after the chain break if there is one).
 */
export const replayForCommand = async (
  store: EventStore,
  io: CliIo,
  command: string,
  parcelId: string,
  options: ReplayOptions,
): Promise<ReplayedParcel> => {
  const asOf = parseAsOf(options);
  const zone = zoneProblem(options.zone);
  const problem = zone ?? (E.isLeft(asOf) ? asOf.left : null);
  if (problem !== null || E.isLeft(asOf)) {
    io.stderr.write(`parcel-claims ${command}: ${problem}\n`);
    return exitCodes.usage;
  }
  const loaded = await loadParcel(store, parcelId, asOf.right);
  if (loaded === null) {
    io.stderr.write(
      `parcel-claims ${command}: no events recorded for parcel ${escapeForDisplay(parcelId)}\n`,
    );
    return exitCodes.findings;
  }
  if (E.isLeft(loaded.replay)) {
    if (loaded.chain !== null) io.stderr.write(`hash chain broken at ${describeBreak(loaded.chain)}\n`);
    io.stderr.write(
      `parcel-claims ${command}: cannot replay parcel ${escapeForDisplay(parcelId)}: ${describeError(loaded.replay.left)}\n`,
    );
    return exitCodes.findings;
  }
  return { replay: loaded.replay.right, chain: loaded.chain };
};
