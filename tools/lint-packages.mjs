// `pnpm lint:packages`: packs every published package as `pnpm publish` would (publishConfig applied,
// workspace: versions replaced; tools/pack-published.mjs) and checks each tarball: publint, Are the Types Wrong (ESM-only
// profile: the engines allow only Node versions where require() loads ES modules), the manifest
// without the workspace-only export condition, LICENSE and README shipped, no .tsbuildinfo; then
// require()s every entry point of the built package (docs/adr/0018-publishing.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { packPublished, root } from './pack-published.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const out = mkdtempSync(join(tmpdir(), 'parcel-claims-packs-'));
/** @type {string[]} */
const problems = [];

/**
 * Runs a command; its output joins the problems when it fails.
 * @param {string} what
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
const run = (what, command, args, cwd) => {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const shown =
      error instanceof Error && 'stdout' in error ? `${error.stdout}${error.stderr}` : String(error);
    problems.push(`${what}:\n${shown}`);
    return '';
  }
};

try {
  for (const { name, dir, manifest, tarball: path, files } of packPublished(out)) {
    run(`${name}: publint`, bin('publint'), ['run', path, '--strict'], root);
    run(`${name}: attw`, bin('attw'), [path, '--profile', 'esm-only', '--format', 'table'], root);
    const packed = JSON.parse(run(`${name}: tar`, 'tar', ['-xzOf', path, 'package/package.json'], root));
    if (JSON.stringify(packed).includes('@parcel-claims/source'))
      problems.push(`${name}: the packed manifest keeps the workspace-only condition @parcel-claims/source`);
    // publishConfig.exports replaces exports when packing: it must publish every entry point.
    const entries = (exports) =>
      Object.keys(exports ?? {})
        .sort()
        .join(', ');
    if (entries(packed.exports) !== entries(manifest.exports))
      problems.push(
        `${name}: the packed manifest exports ${entries(packed.exports)}; the package exports ${entries(manifest.exports)}`,
      );
    if (JSON.stringify(packed).includes('workspace:'))
      problems.push(`${name}: the packed manifest keeps a workspace: version`);
    for (const needed of ['LICENSE', 'README.md'])
      if (!files.includes(needed)) problems.push(`${name}: ${needed} is not in the tarball`);
    for (const file of files.filter((path) => path.endsWith('.tsbuildinfo')))
      problems.push(`${name}: ${file} is in the tarball`);
    // Every entry point loads with require() on this Node (the engines field allows no older one).
    const require = createRequire(join(dir, 'package.json'));
    for (const entry of Object.keys(packed.exports ?? {})) {
      const specifier = entry === '.' ? name : `${name}${entry.slice(1)}`;
      try {
        require(specifier);
      } catch (error) {
        problems.push(
          `${specifier}: require() fails: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    console.log(`${name}: ${basename(path)}, ${files.length} files`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
console.log('packages: publint, attw, manifests and require() clean');
