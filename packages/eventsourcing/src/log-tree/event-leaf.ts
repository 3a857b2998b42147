import { type Appended, appendLeaves, type Frontier } from '../merkle/frontier.js';
import { type Hash, hashFromHex, leafHash } from '../merkle/tree-hash.js';

/**
 * The leaf hash of an event in its log's tree: RFC 9162 leaf hash of the 32 bytes of the event's
 * hash (`metadata.hash`, 64 hex digits). A stored hash that is not 64 hex digits (a damaged
 * event) is hashed as its UTF-8 text, so it still has a leaf, and one unlike any sound event's.
 *
 * @example
 * const leaf = eventLeafHash(event.metadata.hash);
 */
export const eventLeafHash = (eventHash: string): Hash =>
  leafHash(hashFromHex(eventHash) ?? Buffer.from(eventHash, 'utf8'));

/**
 * Grows a tree by the leaves of recorded events (see {@link eventLeafHash}), in the order given:
 * `appendLeaves` over their hashes. From `emptyFrontier` over a whole log read in position order,
 * it gives the tree every store keeps over that log.
 *
 * @example
 * const { frontier } = appendEventLeaves(emptyFrontier, log);
 * const root = hashToHex(frontierRoot(frontier));
 */
export const appendEventLeaves = (
  frontier: Frontier,
  events: readonly { readonly metadata: { readonly hash: string } }[],
): Appended =>
  appendLeaves(
    frontier,
    events.map((event) => eventLeafHash(event.metadata.hash)),
  );
