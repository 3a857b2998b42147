import { randomBytes } from 'node:crypto';
import { closeSync, constants, linkSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

/** What a symbolic link in place of a lock file reads as: a damaged lock file, never a holder. */
const symbolicLink = '\u0000symbolic link';

/**
 * Creates `path` holding `text`, complete from its first instant (written beside it, then
 * hard-linked into place, which fails if `path` exists); false if `path` exists.
 */
export const createComplete = (path: string, text: string): boolean => {
  const written = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(written, text, { flag: 'wx' });
  try {
    linkSync(written, path);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(written);
  }
};

/** The text of the file at `path` (a symbolic link reads as a marker, never followed); undefined if there is none. */
export const readLockFile = (path: string): string | undefined => {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    if (codeOf(error) === 'ELOOP') return symbolicLink;
    throw error;
  }
  try {
    return readFileSync(descriptor, 'utf8');
  } finally {
    closeSync(descriptor);
  }
};

/** Removes `path`; already gone is fine. */
export const removeFile = (path: string): void => {
  try {
    unlinkSync(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
  }
};
