import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { storeLockFile } from '../lock/store-lock.js';

/** What a `pglite:<dir>` path holds, as far as a store is concerned. */
export type StoreDirectory =
  | { readonly kind: 'absent' }
  | { readonly kind: 'file' }
  | {
      readonly kind: 'directory';
      /** It holds a PGlite database: PostgreSQL's PG_VERSION marks a data directory, and PGlite tests for it too. */
      readonly database: boolean;
      /** How many entries it holds besides store lock files. */
      readonly entries: number;
    };

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

/** Looks at `directory` (absolute) without changing anything. */
export const inspectStoreDirectory = async (directory: string): Promise<StoreDirectory> => {
  try {
    if (!(await stat(directory)).isDirectory()) return { kind: 'file' };
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  const entries = (await readdir(directory)).filter((entry) => !entry.startsWith(storeLockFile));
  const marker = entries.includes('PG_VERSION')
    ? await stat(join(directory, 'PG_VERSION')).catch(() => undefined)
    : undefined;
  return { kind: 'directory', database: marker?.isFile() === true, entries: entries.length };
};

/** How a directory that holds no database is described in errors. */
export const describeNonStore = (found: StoreDirectory): string => {
  if (found.kind === 'absent') return 'nothing (no such directory)';
  if (found.kind === 'file') return 'a file, not a directory';
  if (found.entries === 0) return 'an empty directory';
  return `a directory of ${found.entries} entr${found.entries === 1 ? 'y' : 'ies'} and no PGlite database in it (no PG_VERSION file)`;
};
