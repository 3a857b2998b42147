import { createHash } from 'node:crypto';

/** The signature type byte of Ed25519 in c2sp.org/signed-note. */
export const ed25519SignatureType = 0x01;

/**
 * A key id: the first four bytes, big-endian, of SHA-256(key name ‖ 0x0A ‖ type ‖ public key),
 * as c2sp.org/signed-note recommends and golang.org/x/mod/sumdb/note computes.
 */
export const keyIdOf = (name: string, typedPublicKey: Uint8Array): number =>
  createHash('sha256').update(name).update('\n').update(typedPublicKey).digest().readUInt32BE(0);

/** A key id as the 8 lowercase hex digits used in key strings. */
export const formatKeyId = (keyId: number): string => keyId.toString(16).padStart(8, '0');

/** Parses exactly 8 lowercase hex digits, or undefined. */
export const parseKeyId = (text: string): number | undefined =>
  /^[0-9a-f]{8}$/.test(text) ? Number.parseInt(text, 16) : undefined;
