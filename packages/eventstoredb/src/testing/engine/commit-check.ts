import type { CurrentState, ExpectedState, StoredEvent } from './stored-event.js';

/** What EventStoreDB's commit check decides for a write. */
export type CommitDecision =
  | { readonly kind: 'ok' }
  | { readonly kind: 'idempotent'; readonly last: StoredEvent }
  | { readonly kind: 'wrong-expected-version' };

export interface CommitCheckInput {
  readonly streamName: string;
  /** Every event of the stream by revision, truncated or not (the index still knows them). */
  readonly events: readonly StoredEvent[];
  readonly current: CurrentState;
  readonly expected: ExpectedState;
  readonly eventIds: readonly string[];
  /** The recent-id cache: the server only remembers recently written ids for `any`. */
  readonly recent: (eventId: string) => StoredEvent | undefined;
}

const ok: CommitDecision = { kind: 'ok' };
const wrong: CommitDecision = { kind: 'wrong-expected-version' };

/**
 * `any` and `stream_exists` carry no position, so the server can only look the ids up in its
 * cache of recent writes: the first id found in this stream makes the write a repeat, which must
 * then match event for event; the first id unknown (or in another stream) makes it a new write.
 */
const checkRecent = (input: CommitCheckInput): CommitDecision => {
  const [firstId] = input.eventIds;
  const first = firstId === undefined ? undefined : input.recent(firstId);
  if (first === undefined || first.streamName !== input.streamName) return ok;
  let last = first;
  for (const [index, eventId] of input.eventIds.entries()) {
    const found = input.recent(eventId);
    if (
      found === undefined ||
      found.streamName !== input.streamName ||
      found.revision !== first.revision + BigInt(index)
    ) {
      return wrong;
    }
    last = found;
  }
  return { kind: 'idempotent', last };
};

/**
 * An exact expectation behind the stream is a repeat if the events right after it carry the
 * same ids in the same order; the first id matching and a later one not is "corrupted
 * idempotency", which the server answers as a wrong expected version.
 */
const checkExact = (input: CommitCheckInput, expected: bigint): CommitDecision => {
  const current = input.current === 'no_stream' ? -1n : input.current;
  if (expected === current) return ok;
  if (expected > current) return wrong;
  const firstRevision = Number(expected + 1n);
  if (input.events[firstRevision]?.eventId !== input.eventIds[0]) return wrong;
  let last: StoredEvent | undefined;
  for (const [index, eventId] of input.eventIds.entries()) {
    const recorded = input.events[firstRevision + index];
    if (recorded?.eventId !== eventId) return wrong;
    last = recorded;
  }
  return last === undefined ? wrong : { kind: 'idempotent', last };
};

/**
 * The expected-version and idempotency rules of EventStoreDB's commit check, as they apply to
 * one stream: exact revisions and `no_stream` are checked against the stream itself, `any` and
 * `stream_exists` against the recent-id cache. It does not look for ids in other streams.
 */
export const commitCheck = (input: CommitCheckInput): CommitDecision => {
  switch (input.expected) {
    case 'any':
      return checkRecent(input);
    case 'stream_exists':
      return input.current === 'no_stream' ? wrong : checkRecent(input);
    case 'no_stream':
      return checkExact(input, -1n);
    default:
      return checkExact(input, input.expected);
  }
};
