// The published packages, and their tarballs as `pnpm publish` would upload them: every package under
// packages/ that is not private, packed by one `pnpm pack` over them all (publishConfig applied,
// `workspace:` versions replaced, `files` obeyed). `pnpm lint:packages`, the consumer test and the
// CLI's packed install check use it, so that all three check the same tarballs.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** The pnpm the repository pins (`packageManager`), as npx runs it. */
export const pnpm = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name the package's name
 * @property {string} dir its directory
 * @property {Manifest} manifest its package.json, as in the workspace
 */

/**
 * @typedef {{ name: string, version: string, private?: boolean, exports?: Record<string, unknown>,
 *   dependencies?: Record<string, string>, devDependencies?: Record<string, string>,
 *   peerDependencies?: Record<string, string>, [field: string]: unknown }} Manifest
 */

/**
 * Every package under packages/, private ones included.
 * @returns {WorkspacePackage[]}
 */
export const workspacePackages = () =>
  readdirSync(join(root, 'packages'))
    .map((folder) => join(root, 'packages', folder))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: manifest.name, dir, manifest };
    });

/** The packages that are published: those under packages/ that are not private. */
export const publishedPackages = () =>
  workspacePackages().filter(({ manifest }) => manifest.private !== true);

/**
 * @typedef {WorkspacePackage & { tarball: string, files: string[] }} PackedPackage
 * `tarball` the path of the .tgz, `files` the paths in it (without the leading `package/`)
 */

/**
 * Packs the named packages (default: every published one) into `destination`, one `pnpm pack` for
 * them all. Throws an Error with pnpm's output when pnpm fails.
 * @param {string} destination an existing directory
 * @param {string[]} [names]
 * @returns {PackedPackage[]}
 */
export const packPublished = (destination, names = publishedPackages().map(({ name }) => name)) => {
  const byName = new Map(workspacePackages().map((found) => [found.name, found]));
  const filters = names.flatMap((name) => ['--filter', name]);
  let printed;
  try {
    printed = execFileSync(
      'npx',
      ['-y', pnpm, '-r', ...filters, 'pack', '--pack-destination', destination, '--json'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const shown =
      error instanceof Error && 'stdout' in error && 'stderr' in error
        ? `${error.stdout}${error.stderr}`
        : String(error);
    throw new Error(`pnpm pack of ${names.join(', ')} failed:\n${shown}`);
  }
  /** @type {{ name: string, filename: string, files: { path: string }[] }[]} */
  const report = [JSON.parse(printed)].flat(); // one package packed: an object, not a list
  return names.map((name) => {
    const packed = report.find((entry) => entry.name === name);
    const found = byName.get(name);
    if (packed === undefined || found === undefined)
      throw new Error(`pnpm pack wrote no tarball for ${name}:\n${printed}`);
    return { ...found, tarball: packed.filename, files: packed.files.map(({ path }) => path) };
  });
};
