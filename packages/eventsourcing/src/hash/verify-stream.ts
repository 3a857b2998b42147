import * as E from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { eventHash, hashInputOf } from './event-hash.js';

/**
 * Why a stream fails verification:
 * - `broken-link`: `previousHash` is not the hash of the event before it (an event was deleted,
 *   inserted or moved, or the stream does not start at revision 0);
 * - `hash-mismatch`: the event's content does not hash to its `hash` (it was modified);
 *   `expected` is null when the data has no canonical JSON form at all;
 * - `unexpected-revision`: hashes and links hold, but revisions do not count up from 0.
 */
export type ChainBreak = 'broken-link' | 'hash-mismatch' | 'unexpected-revision';

export type VerifyResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly streamId: string;
      /** Revision of the first event that does not verify, as recorded on it. */
      readonly revision: bigint;
      readonly expected: string | null;
      readonly found: string | null;
      readonly reason: ChainBreak;
    };

const chainBreak = (
  event: RecordedEvent,
  reason: ChainBreak,
  expected: string | null,
  found: string | null,
): VerifyResult => ({
  ok: false,
  streamId: event.streamId,
  revision: event.revision,
  expected,
  found,
  reason,
});

/**
 * Checks a whole stream, read forwards from revision 0, against its hash chain and names the
 * first event that breaks it. Catches modified, deleted, reordered and inserted events. It
 * cannot see events removed from the end, nor a chain recomputed from scratch: compare the last
 * hash with one kept elsewhere for that.
 *
 * @example
 * const result = verifyStream(await store.readStream('account-1'));
 * if (!result.ok) console.error(`${result.streamId}@${result.revision}: ${result.reason}`);
 */
export const verifyStream = (events: readonly RecordedEvent[]): VerifyResult => {
  let previousHash: string | null = null;
  let index = 0n;
  for (const event of events) {
    const { metadata } = event;
    if (metadata.previousHash !== previousHash)
      return chainBreak(event, 'broken-link', previousHash, metadata.previousHash);
    const hash = eventHash(hashInputOf(event));
    const expected = E.isRight(hash) ? hash.right : null;
    if (expected !== metadata.hash) return chainBreak(event, 'hash-mismatch', expected, metadata.hash);
    if (event.revision !== index)
      return chainBreak(event, 'unexpected-revision', index.toString(), event.revision.toString());
    previousHash = metadata.hash;
    index += 1n;
  }
  return { ok: true };
};
