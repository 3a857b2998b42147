import {
  appendLeaves,
  ed25519Signer,
  emptyFrontier,
  eventLeafHash,
  frontierRoot,
  generateKeyPair,
  hashToHex,
  type NoteSigner,
  parseVerifierKey,
  type RecordedEvent,
  type VerifierKey,
} from '@parcel-claims/eventsourcing';

/** A fresh Ed25519 signer for a key name and its verifier key. */
export const logKeys = (
  name = 'claims.example/log',
): { readonly signer: NoteSigner; readonly key: VerifierKey } => {
  const pair = generateKeyPair(name);
  if (!pair.ok) throw new Error(`cannot make a key named ${name}`);
  const signer = ed25519Signer(pair.signerKey);
  const key = parseVerifierKey(pair.verifierKey);
  if (!signer.ok || !key.ok) throw new Error('a generated key pair does not parse');
  return { signer: signer.signer, key: key.key };
};

/** The root (hex) of the tree over these events, in order: what a log of exactly them has. */
export const rootOf = (events: readonly RecordedEvent[]): string =>
  hashToHex(
    frontierRoot(
      appendLeaves(
        emptyFrontier,
        events.map((e) => eventLeafHash(e.metadata.hash)),
      ).frontier,
    ),
  );
