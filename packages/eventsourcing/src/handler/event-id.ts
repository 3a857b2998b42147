import { createHash } from 'node:crypto';
import { v5 } from 'uuid';

/** The UUID v5 namespace of event ids derived from command ids. Fixed forever: changing it would
 * make retries of commands issued before the change append their events a second time. */
export const eventIdNamespace = 'b6f1c0de-2f4e-5a8b-9c61-0e7d3a5f4c21';

const namespaceBytes = Buffer.from(eventIdNamespace.replaceAll('-', ''), 'hex');

// With the u flag a well-formed surrogate pair is one code point, so this finds lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The id of the `index`-th event (0-based) a command produces: UUID v5 of
 * `<commandId>/<index>`. The same command always yields the same ids, which is what lets stores
 * recognise a retried append.
 *
 * It computes what `uuid`'s `v5` does (SHA-1 of the namespace bytes and the UTF-8 name, version
 * and variant bits set) without its per-call parsing and encoding; a name with a lone surrogate,
 * which has no UTF-8 form, goes to `v5`, which refuses it.
 *
 * @example
 * eventIdFor('4a1f…', 0) === eventIdFor('4a1f…', 0); // true
 */
export const eventIdFor = (commandId: string, index: number): string => {
  const name = `${commandId}/${index}`;
  if (LONE_SURROGATE.test(name)) return v5(name, eventIdNamespace);
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};
