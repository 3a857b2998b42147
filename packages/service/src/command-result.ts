import type { ClaimEvent, DecodeError, ParcelState, Rejection } from '@parcel-claims/core';
import type { CommandAheadOfClock } from './t1-command-not-ahead-of-clock.js';

/** Why the service refused a command: a rule of the core, or T1, which needs the service's clock. */
export type ServiceRejection = Rejection | CommandAheadOfClock;

/**
 * How a command ended. Nothing partial is ever stored: `invalid` and `rejected` wrote nothing,
 * `accepted` wrote exactly `events`, `already-applied` returns what an earlier attempt of the same
 * command id wrote, `unchanged` means the command was valid and had nothing to write (a deadline
 * check with nothing due), `command-id-reused` means the command id was already used for another
 * command (other content, on this parcel or another; only the caller's parcel is named) and
 * nothing was written. Store failures are not results: they reject the promise with the store's
 * typed error.
 */
export type CommandResult =
  | { readonly kind: 'invalid'; readonly error: DecodeError }
  | { readonly kind: 'rejected'; readonly rejection: ServiceRejection; readonly state: ParcelState }
  | {
      readonly kind: 'accepted';
      readonly events: readonly ClaimEvent[];
      readonly revision: bigint;
      readonly position: bigint;
      readonly state: ParcelState;
    }
  | {
      readonly kind: 'already-applied';
      readonly events: readonly ClaimEvent[];
      readonly revision: bigint;
      readonly position: bigint;
      readonly state: ParcelState;
    }
  | { readonly kind: 'unchanged'; readonly state: ParcelState }
  | {
      readonly kind: 'command-id-reused';
      /** The parcel the command was for (never the one the id was first used on). */
      readonly parcelId: string;
      readonly commandId: string;
      readonly message: string;
    };
