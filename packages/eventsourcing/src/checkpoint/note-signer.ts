/**
 * Whatever signs a note: an Ed25519 key in a file (see `ed25519Signer`), or a KMS or HSM that
 * keeps the key to itself. `sign` receives the exact note text, as UTF-8, and returns the bare
 * signature; the note adds the key id in front.
 */
export interface NoteSigner {
  /** The key name written on the signature line; a valid key name (no spaces, no `+`). */
  readonly name: string;
  /** The 32-bit key id the verifier key carries. */
  readonly keyId: number;
  /** The signature of the message by this signer's key. */
  readonly sign: (message: Uint8Array) => Promise<Uint8Array> | Uint8Array;
}
