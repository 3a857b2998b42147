import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { holderAlive } from './holder-alive.js';
import { createComplete, readLockFile, removeFile } from './lock-file-io.js';
import { type LockHolder, lockText, parseLockText } from './lock-holder.js';

/** Whether a lock file was taken, or the live process that holds it. */
export type Taking = { readonly taken: true } | { readonly taken: false; readonly holder: LockHolder };

/** Tries before giving up on a lock file that keeps changing under us. */
const attempts = 400;

const shortPause = (): Promise<void> => sleep(2 + Math.floor(Math.random() * 10));

/** The name of the claim on one dead lock file: derived from its text, which no other lock file has. */
export const claimPath = (path: string, text: string): string =>
  `${path}.takeover-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

/**
 * Removes the lock file at `path` if it still holds `text` (the text of a dead holder's file).
 * Only the holder of the claim on that text may remove it, and a claim is taken like a lock, so
 * of several processes that found the same dead file, one removes it and the others never remove
 * what replaced it. Resolves with the live process holding the claim, if another one does.
 */
export const removeDead = async (
  path: string,
  text: string,
  me: LockHolder,
): Promise<LockHolder | undefined> => {
  const claim = claimPath(path, text);
  const claimed = await takeFile(claim, me);
  if (!claimed.taken) return claimed.holder;
  try {
    // Nothing else changes `path` while we hold the claim: its holder is dead, every other
    // remover needs the claim, and nobody can create `path` while it exists.
    if (readLockFile(path) === text) removeFile(path);
  } finally {
    removeFile(claim);
  }
  return undefined;
};

/**
 * Takes the lock file at `path` for `me`: creates it, or finds it held by a live process, or
 * finds it left by a dead one (or damaged), removes that safely and tries again.
 */
export const takeFile = async (path: string, me: LockHolder): Promise<Taking> => {
  let contender: LockHolder | undefined;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (createComplete(path, lockText(me))) return { taken: true };
    const text = readLockFile(path);
    if (text === undefined) continue;
    const holder = parseLockText(text);
    if (holder !== undefined && holderAlive(holder)) return { taken: false, holder };
    contender = await removeDead(path, text, me);
    // Another live process is removing the same dead file: it will hold the lock in a moment.
    if (contender !== undefined) await shortPause();
  }
  if (contender !== undefined) return { taken: false, holder: contender };
  throw new Error(`the lock file ${path} kept changing: ${attempts} tries to take it failed`);
};

/** Removes the lock file at `path` if `me` holds it. */
export const releaseFile = (path: string, me: LockHolder): void => {
  if (readLockFile(path) === lockText(me)) removeFile(path);
};
