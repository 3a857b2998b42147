import { readFile } from 'node:fs/promises';
import { maskUrl } from './mask-url.js';
import { type SslFileParameter, SslFileUnreadable } from './ssl-file-unreadable.js';

const parameters: readonly SslFileParameter[] = ['sslrootcert', 'sslcert', 'sslkey'];

const problems: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

const problemOf = (error: unknown): string => {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'unreadable';
  return problems[code] ?? code;
};

/** The URL's query parameters, or none when it does not parse (the driver then reports that). */
const searchParams = (url: string): URLSearchParams => {
  try {
    return new URL(url).searchParams;
  } catch {
    return new URLSearchParams();
  }
};

/**
 * Reads each SSL file a `postgres://` URL names, as `pg` will, and rejects with
 * {@link SslFileUnreadable} for the first that cannot be read. `pg` would fail later with the
 * bare system error (`EISDIR: illegal operation on a directory, read`), naming neither the
 * parameter nor what the file must be.
 */
export const checkSslFiles = async (url: string): Promise<void> => {
  const query = searchParams(url);
  for (const parameter of parameters) {
    // The driver keeps the last of repeated parameters, and ignores an empty one.
    const path = query.getAll(parameter).at(-1);
    if (path === undefined || path === '') continue;
    try {
      await readFile(path);
    } catch (error) {
      throw new SslFileUnreadable({ url: maskUrl(url), parameter, path, problem: problemOf(error) });
    }
  }
};
