import { describe, expect, it } from 'vitest';
import { pgliteFileError } from '../src/open/pglite-file-error.js';

// PGlite reports file-system failures as `{ name: 'ErrnoError', errno }` with Emscripten's numbers
// (what `pglite:/proc/self` gave before the directory was checked first).
describe('a PGlite file-system failure', () => {
  it('reads as a code and a sentence naming the directory', () => {
    expect(
      pgliteFileError({ name: 'ErrnoError', errno: 44, stack: '<generic error, no stack>' }, '/proc/self'),
    ).toEqual({
      code: 'ENOENT',
      reason:
        'the embedded database could not use the files in /proc/self: no such file or directory (ENOENT); check that the directory is a store directory this user can read and write',
    });
    expect(pgliteFileError({ name: 'ErrnoError', errno: 51 }, '/data')?.code).toBe('ENOSPC');
  });

  it('names an errno it has no word for by its number', () => {
    expect(pgliteFileError({ name: 'ErrnoError', errno: 999 }, '/data')).toEqual({
      code: 'errno 999',
      reason:
        'the embedded database could not use the files in /data: file-system error (errno 999); check that the directory is a store directory this user can read and write',
    });
  });

  it('leaves anything else to the general description', () => {
    expect([
      pgliteFileError(new Error('boom'), '/data'),
      pgliteFileError({ errno: 44 }, '/data'),
      pgliteFileError('ErrnoError', '/data'),
      pgliteFileError(null, '/data'),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
