import {
  type CheckpointProblem,
  type EventStore,
  type NoteSigner,
  type SignNoteFailure,
  signCheckpoint,
} from '@parcel-claims/eventsourcing';

/**
 * Why no checkpoint was signed: the store keeps no Merkle tree over its log (`no-tree`), the
 * origin cannot be a checkpoint's first line (`bad-checkpoint`), or the signer was refused (see
 * `SignNoteFailure`).
 */
export type SignTreeHeadFailure =
  | { readonly kind: 'no-tree' }
  | { readonly kind: 'bad-checkpoint'; readonly problem: CheckpointProblem; readonly line: number }
  | SignNoteFailure;

/** A signed checkpoint of a store's tree head, kept in the store, or why none was made. */
export type SignTreeHeadResult =
  | { readonly ok: true; readonly note: string; readonly treeSize: bigint }
  | { readonly ok: false; readonly failure: SignTreeHeadFailure };

/**
 * Signs the tree head of a store's log as a C2SP tlog-checkpoint (origin, tree size, root),
 * keeps the signed note in the store (`tree.checkpoints.add`) and returns it.
 *
 * @example
 * const signed = await signTreeHead(store, signer, 'claims.example/log');
 * if (signed.ok) console.log(signed.note);
 */
export const signTreeHead = async (
  store: EventStore,
  signer: NoteSigner,
  origin: string,
): Promise<SignTreeHeadResult> => {
  const { tree } = store;
  if (tree === undefined) return { ok: false, failure: { kind: 'no-tree' } };
  const head = await tree.head();
  const treeSize = BigInt(head.size);
  const signed = await signCheckpoint({ origin, treeSize, rootHash: head.root, extensions: [] }, [signer]);
  if (!signed.ok) return signed;
  await tree.checkpoints.add({ treeSize, note: signed.note });
  return { ok: true, note: signed.note, treeSize };
};

/** A sentence naming why {@link signTreeHead} signed nothing. */
export const describeSignTreeHeadFailure = (failure: SignTreeHeadFailure): string => {
  switch (failure.kind) {
    case 'no-tree':
      return 'the store keeps no Merkle tree over its log, so it has no tree head to sign';
    case 'bad-checkpoint':
      return `the checkpoint cannot be written: ${failure.problem} on line ${failure.line}`;
    case 'no-signers':
      return 'no signer was given';
    case 'bad-text':
      return `the checkpoint cannot be a note's text: ${failure.problem} on line ${failure.line}`;
    case 'bad-signer':
      return `the signer cannot sign a note: ${failure.problem}`;
  }
};
