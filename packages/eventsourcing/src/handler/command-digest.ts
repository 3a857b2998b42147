import * as E from 'fp-ts/lib/Either.js';
import { canonicalJson } from '../hash/canonical-json.js';
import { sha256Hex } from '../hash/event-hash.js';

/**
 * The digest of a command's content: SHA-256 (lowercase hex) of its RFC 8785 canonical JSON, so
 * that key order and spacing do not count and everything else does. Left, with the reason, for a
 * value that has no canonical form (NaN, a bigint, a lone surrogate, a cycle…).
 *
 * @example
 * commandDigestOf({ type: 'Deposit', data: { amount: 40 } });
 * // right(SHA-256 of '{"data":{"amount":40},"type":"Deposit"}')
 */
export const commandDigestOf = (content: unknown): E.Either<string, string> =>
  E.map(sha256Hex)(canonicalJson(content));
