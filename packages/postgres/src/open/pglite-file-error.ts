// PGlite runs PostgreSQL in WebAssembly over an emulated file system, whose failures are plain
// objects `{ name: 'ErrnoError', errno }` with Emscripten's numbers rather than Error instances:
// printed as they are, they read "[object Object]".

/** Emscripten's errno numbers for the failures a data directory can meet, with what they mean. */
const knownErrnos: ReadonlyMap<number, readonly [code: string, meaning: string]> = new Map([
  [2, ['EACCES', 'permission denied']],
  [10, ['EBUSY', 'resource busy']],
  [20, ['EEXIST', 'file already exists']],
  [28, ['EINVAL', 'invalid argument']],
  [29, ['EIO', 'input/output error']],
  [31, ['EISDIR', 'is a directory']],
  [32, ['ELOOP', 'too many symbolic links']],
  [33, ['EMFILE', 'too many open files']],
  [37, ['ENAMETOOLONG', 'file name too long']],
  [44, ['ENOENT', 'no such file or directory']],
  [51, ['ENOSPC', 'no space left on device']],
  [54, ['ENOTDIR', 'not a directory']],
  [55, ['ENOTEMPTY', 'directory not empty']],
  [63, ['EPERM', 'operation not permitted']],
  [69, ['EROFS', 'read-only file system']],
]);

/** A file-system failure reported by PGlite, as a code and a sentence; undefined for anything else. */
export const pgliteFileError = (
  error: unknown,
  directory: string,
): { readonly code: string; readonly reason: string } | undefined => {
  if (typeof error !== 'object' || error === null || !('errno' in error) || typeof error.errno !== 'number') {
    return undefined;
  }
  if (!('name' in error) || error.name !== 'ErrnoError') return undefined;
  const [code, meaning] = knownErrnos.get(error.errno) ?? [`errno ${error.errno}`, 'file-system error'];
  return {
    code,
    reason: `the embedded database could not use the files in ${directory}: ${meaning} (${code}); check that the directory is a store directory this user can read and write`,
  };
};
