import { join } from 'node:path';
import { StoreInUse } from '../open/store-in-use.js';
import { holderAlive } from './holder-alive.js';
import { readLockFile } from './lock-file-io.js';
import { type LockHolder, parseLockText, thisProcess } from './lock-holder.js';
import { releaseFile, takeFile } from './take-file.js';

/**
 * The lock file in a PGlite store directory. It lives inside the directory, so every path to one
 * store (relative, absolute, through a symbolic link) meets the same lock, and a lock file is only
 * ever written into a directory that is, or is about to become, a store.
 */
export const storeLockFile = 'parcel-claims.lock';

/** A held store lock. */
export interface StoreLock {
  /** Removes the lock file; calling it again does nothing. */
  readonly release: () => void;
}

/**
 * Takes the lock of the store in `directory` (absolute) for this process, taking over a lock left
 * by a process that has died. Rejects with `StoreInUse` naming the holder if a live process,
 * this one included, holds it.
 */
export const takeStoreLock = async (directory: string): Promise<StoreLock> => {
  const path = join(directory, storeLockFile);
  const me = thisProcess();
  const taking = await takeFile(path, me);
  if (!taking.taken) throw new StoreInUse({ directory, holderPid: taking.holder.pid });
  return { release: () => releaseFile(path, me) };
};

/** The live process holding the lock of the store in `directory`, if one does; reads only. */
export const liveStoreLockHolder = (directory: string): LockHolder | undefined => {
  const text = readLockFile(join(directory, storeLockFile));
  const holder = text === undefined ? undefined : parseLockText(text);
  return holder !== undefined && holderAlive(holder) ? holder : undefined;
};
