#!/usr/bin/env node
// Installs the `parcel-claims` command as a user would and checks what comes with it. Packs
// @parcel-claims/cli and every workspace package it depends on (tools/pack-published.mjs: pnpm pack
// turns `workspace:*` into versions), installs the tarballs with npm into a new project outside the
// workspace, then checks that `npm ls vitest vite` finds nothing (no test tooling reaches a user) and
// that no testing kit is installed, and runs the packed command's demo. Build first (`pnpm build`);
// run from anywhere: `node packages/cli/scripts/packed-install.mjs`. Prints what it found; exits 1 if
// a check fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packPublished, workspacePackages } from '../../../tools/pack-published.mjs';

/** Runs a command; its output, or an error naming the command and its output. */
const run = (command, args, cwd, okCodes = [0]) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (!okCodes.includes(result.status))
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}${result.stderr}`,
    );
  return result.stdout;
};

/** The manifest of every workspace package under packages/, by name. */
const workspace = new Map(workspacePackages().map(({ name, manifest }) => [name, manifest]));

/** The workspace packages a package needs at run time: its dependencies, theirs, and so on. */
const needed = (name, found = new Set()) => {
  if (found.has(name)) return found;
  found.add(name);
  for (const dependency of Object.keys(workspace.get(name)?.dependencies ?? {}))
    if (workspace.has(dependency)) needed(dependency, found);
  return found;
};

const work = mkdtempSync(join(tmpdir(), 'parcel-claims-packed-'));
try {
  const tarballs = join(work, 'tarballs');
  const project = join(work, 'project');
  mkdirSync(tarballs);
  mkdirSync(project);
  const packages = [...needed('@parcel-claims/cli')].sort();
  const tarballOf = new Map(
    packPublished(tarballs, packages).map(({ name, tarball }) => [name, `file:${tarball}`]),
  );
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'parcel-claims-packed-check',
        private: true,
        dependencies: { '@parcel-claims/cli': tarballOf.get('@parcel-claims/cli') },
        // The packed manifests name their workspace dependencies by version: take them from the tarballs.
        overrides: Object.fromEntries([...tarballOf].filter(([name]) => name !== '@parcel-claims/cli')),
      },
      null,
      2,
    )}\n`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
  /** Every package of an `npm ls --json` tree, as the chain of packages that brings it in. */
  const chains = (tree, above = []) =>
    Object.entries(tree.dependencies ?? {}).flatMap(([name, child]) => [
      [...above, name],
      ...chains(child, [...above, name]),
    ]);
  // npm ls exits 1 when it finds none of the packages asked for.
  const tooling = chains(JSON.parse(run('npm', ['ls', 'vitest', 'vite', '--all', '--json'], project, [0, 1])))
    .filter((chain) => ['vitest', 'vite'].includes(chain.at(-1)))
    .map((chain) => chain.join(' > '));
  const ours = new Set(
    chains(JSON.parse(run('npm', ['ls', '--all', '--json'], project)))
      .map((chain) => chain.at(-1))
      .filter((name) => name.startsWith('@parcel-claims/')),
  );
  const demo = run(
    join(project, 'node_modules', '.bin', 'parcel-claims'),
    ['demo', '--claims', '7', '--store', 'memory:'],
    project,
  );
  const problems = [
    ...tooling.map((chain) => `npm ls vitest vite finds ${chain}`),
    ...(ours.has('@parcel-claims/testing') ? ['the testing kit @parcel-claims/testing is installed'] : []),
    ...(demo.includes(' to 8 parcel(s), ') ? [] : [`the demo printed:\n${demo}`]),
  ];
  console.log(`packed: ${packages.join(', ')}`);
  console.log(`installed from them: ${[...ours].sort().join(', ')}`);
  console.log(`npm ls vitest vite: ${tooling.join('; ') || '(empty)'}`);
  console.log(`parcel-claims demo --claims 7 --store memory: ${demo.split('\n')[1] ?? demo}`);
  for (const problem of problems) console.error(`FAILED: ${problem}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
