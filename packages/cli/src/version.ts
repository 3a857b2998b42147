import { readFile } from 'node:fs/promises';

/**
 * The version in the package's own manifest, read when the command runs: the manifest sits one
 * directory above both `src/` and `dist/`, and is in every published package.
 */
export const packageVersion = async (): Promise<string> => {
  const manifest: unknown = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest) {
    const { version } = manifest;
    if (typeof version === 'string') return version;
  }
  throw new Error('the package manifest of @parcel-claims/cli names no version');
};
