import type * as E from 'fp-ts/lib/Either.js';
import type { ClaimEvent } from '../events/claim-event.js';
import type { Rejection } from './rejection.js';

/** Events to append, or why nothing is appended. */
export type Decision = E.Either<Rejection, readonly ClaimEvent[]>;
