import { mkdir } from 'node:fs/promises';
import { liveStoreLockHolder, type StoreLock, takeStoreLock } from '../lock/store-lock.js';
import { maskUrl } from './mask-url.js';
import { NotAStoreDirectory } from './not-a-store-directory.js';
import { describeNonStore, inspectStoreDirectory } from './store-directory.js';
import { StoreInUse } from './store-in-use.js';
import { StoreNotFound } from './store-not-found.js';

// A directory with a live lock and no PG_VERSION yet is a store being created by its holder:
// that is StoreInUse, not "no store" nor "not a store directory".
const refuseIfHeld = (directory: string): void => {
  const holder = liveStoreLockHolder(directory);
  if (holder !== undefined) throw new StoreInUse({ directory, holderPid: holder.pid });
};

/**
 * Readies `directory` (absolute) for a read-only open and takes its lock. Writes nothing unless
 * it holds a PGlite database: no store there rejects with `StoreNotFound`.
 */
export const prepareToRead = async (url: string, directory: string): Promise<StoreLock> => {
  const found = await inspectStoreDirectory(directory);
  if (found.kind !== 'directory' || !found.database) {
    if (found.kind === 'directory') refuseIfHeld(directory);
    throw new StoreNotFound({ url: maskUrl(url), reason: `${directory} holds ${describeNonStore(found)}` });
  }
  return takeStoreLock(directory);
};

/**
 * Readies `directory` (absolute) to write a store and takes its lock: creates it if missing;
 * refuses a file, or a directory holding other things than a PGlite database, with
 * `NotAStoreDirectory`, writing nothing there.
 */
export const prepareToWrite = async (directory: string): Promise<StoreLock> => {
  const before = await inspectStoreDirectory(directory);
  if (before.kind === 'file') throw new NotAStoreDirectory({ directory, found: describeNonStore(before) });
  if (before.kind === 'absent') await mkdir(directory, { recursive: true });
  if (before.kind === 'directory' && !before.database && before.entries > 0) {
    refuseIfHeld(directory);
    throw new NotAStoreDirectory({ directory, found: describeNonStore(before) });
  }
  const lock = await takeStoreLock(directory);
  try {
    // Looked at again under the lock: another process may have filled the directory meanwhile.
    const after = await inspectStoreDirectory(directory);
    if (after.kind !== 'directory' || (!after.database && after.entries > 0)) {
      throw new NotAStoreDirectory({ directory, found: describeNonStore(after) });
    }
    return lock;
  } catch (error) {
    lock.release();
    throw error;
  }
};
