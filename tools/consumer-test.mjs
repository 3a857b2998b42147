// `pnpm test:consumer`: the published packages as a user gets them. Packs every published package
// (tools/pack-published.mjs), checks that each tarball holds every file its manifest points at, installs
// the tarballs with npm into a new project under the system's temporary directory (outside the
// workspace: no workspace link, no hoisted copy can stand in) with fp-ts, io-ts, TypeScript, vitest and
// fast-check from the registry, type-checks tools/consumer/project with `strict` and
// `skipLibCheck: false`, runs its program on memory, PGlite and PostgreSQL and compares every line it
// prints with tools/consumer/expected.txt, and runs its vitest suite on the installed testing kit.
//
// Options: `--tarballs <dir>` checks the tarballs in a directory instead of packing (one per published
// package, as `pnpm pack` names them); `--keep` keeps the temporary project and prints where it is.
// PostgreSQL: the server at PARCEL_CLAIMS_TEST_PG_URL (default the local one) when it answers, else an
// embedded one for the run (tools/test-servers/postgres.mjs); the program writes to a schema of its own,
// dropped at the end. Exits 1 naming what failed (docs/adr/0018-publishing.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { packPublished, publishedPackages, root } from './pack-published.mjs';
import {
  defaultUrl,
  masked,
  startEmbeddedPostgres,
  urlVariable,
  whyNoServer,
} from './test-servers/postgres.mjs';

const { values: options } = parseArgs({
  options: { tarballs: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const template = join(root, 'tools', 'consumer', 'project');
const expected = readFileSync(join(root, 'tools', 'consumer', 'expected.txt'), 'utf8');

/** A check that failed: its message is printed as it is, and the run exits 1. */
class ConsumerCheckFailed extends Error {
  name = 'ConsumerCheckFailed';
}

/**
 * Runs a command to its end; what it printed, or ConsumerCheckFailed naming the step with all the
 * command printed.
 * @param {string} step what the command checks, for the message
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
const run = (step, command, args, cwd) => {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  // A store URL is shown with its password masked.
  const shown = args.map((arg) => (/^postgres(ql)?:/.test(arg) ? masked(arg) : arg));
  if (result.status !== 0)
    throw new ConsumerCheckFailed(
      `${step}: \`${command} ${shown.join(' ')}\` exited ${result.status ?? result.signal}\n${result.stdout}${result.stderr}`,
    );
  return { stdout: result.stdout, stderr: result.stderr };
};

/** The exact version the workspace pins for a registry package (root or core devDependencies). */
const pinned = (name) => {
  const manifests = [join(root, 'package.json'), join(root, 'packages', 'core', 'package.json')].map((file) =>
    JSON.parse(readFileSync(file, 'utf8')),
  );
  const version = manifests.map((manifest) => manifest.devDependencies?.[name]).find(Boolean);
  if (version === undefined) throw new Error(`the workspace pins no version of ${name}`);
  return version;
};

/**
 * Every file path a manifest points at: export targets, bin, main, types.
 * @param {Record<string, unknown>} manifest
 * @returns {string[]}
 */
const pointedAt = (manifest) => {
  /** @param {unknown} target @returns {string[]} */
  const targets = (target) =>
    typeof target === 'string'
      ? [target]
      : typeof target === 'object' && target !== null
        ? Object.values(target).flatMap(targets)
        : [];
  return [
    ...targets(manifest.exports),
    ...targets(manifest.bin),
    ...targets(manifest.main),
    ...targets(manifest.types),
  ].map((path) => path.replace(/^\.\//, ''));
};

/**
 * The tarball of each published package, and what its packed manifest says.
 * @param {string} tarballs the directory they are in
 */
const readTarballs = (tarballs) => {
  const files = readdirSync(tarballs);
  return publishedPackages().map(({ name, manifest }) => {
    const file = `${name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`;
    if (!files.includes(file)) throw new ConsumerCheckFailed(`${name}: no tarball ${file} in ${tarballs}`);
    const path = join(tarballs, file);
    const packed = JSON.parse(
      execFileSync('tar', ['-xzOf', path, 'package/package.json'], { encoding: 'utf8' }),
    );
    const contents = new Set(
      execFileSync('tar', ['-tzf', path], { encoding: 'utf8' })
        .split('\n')
        .map((entry) => entry.replace(/^package\//, '')),
    );
    const missing = pointedAt(packed).filter((target) => !contents.has(target));
    return { name, path, packed, missing };
  });
};

/**
 * The entry points' modules, written into the project: every entry point of every package imported as
 * an ES module (src/imported.ts) and loaded with require() (src/required.cts), both type-checked; the
 * program checks that both give the same module objects.
 * @param {string[]} specifiers
 */
const entryPointSources = (specifiers) => {
  const names = specifiers.map((_, index) => `entry${index}`);
  const table = specifiers.map((specifier, index) => `  '${specifier}': ${names[index]},`).join('\n');
  const source = (how, imports, exported) =>
    [
      `// Written by tools/consumer-test.mjs: every entry point of the installed packages, through ${how}.`,
      ...imports,
      '',
      `const ${how === 'import' ? 'imported' : 'required'}: Record<string, object> = {\n${table}\n};`,
      exported,
      '',
    ].join('\n');
  return {
    imported: source(
      'import',
      specifiers.map((specifier, index) => `import * as ${names[index]} from '${specifier}';`),
      'export default imported;',
    ),
    required: source(
      'require()',
      specifiers.map((specifier, index) => `import ${names[index]} = require('${specifier}');`),
      'export = required;',
    ),
  };
};

/**
 * Where the program's PostgreSQL run goes: the configured server when it answers, else an embedded one.
 * @returns {Promise<{ url: string, stop: () => Promise<void>, said: string }>}
 */
const postgresServer = async () => {
  const configured = process.env[urlVariable] ?? defaultUrl;
  const why = await whyNoServer(configured);
  if (why === undefined)
    return { url: configured, stop: async () => undefined, said: 'the configured server' };
  const started = await startEmbeddedPostgres();
  return { url: started.url, stop: started.stop, said: `embedded PostgreSQL ${started.version} (${why})` };
};

/**
 * The first line where the output differs from the expected one, or undefined when they agree.
 * @param {string} got
 */
const difference = (got) => {
  if (got === expected) return undefined;
  const want = expected.split('\n');
  const lines = got.split('\n');
  const at = want.findIndex((line, index) => lines[index] !== line);
  const index = at === -1 ? want.length : at;
  return `line ${index + 1}:\n  expected: ${want[index] ?? '(end of output)'}\n  got:      ${lines[index] ?? '(end of output)'}`;
};

const work = mkdtempSync(join(tmpdir(), 'parcel-claims-consumer-'));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
try {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  if (options.tarballs === undefined) packPublished(tarballs);
  else cpSync(options.tarballs, tarballs, { recursive: true });
  const packages = readTarballs(tarballs);
  const missing = packages.flatMap(({ name, missing }) =>
    missing.map((file) => `${name}: ${file} is not in the tarball, its manifest points at it`),
  );
  if (missing.length > 0) throw new ConsumerCheckFailed(missing.join('\n'));
  console.log(`packed: ${packages.map(({ name }) => name).join(', ')} (${seconds()})`);

  const project = join(work, 'project');
  cpSync(template, project, { recursive: true });
  const tarballOf = Object.fromEntries(packages.map(({ name, path }) => [name, `file:${path}`]));
  const registry = ['fp-ts', 'io-ts', 'fast-check', 'vitest', 'typescript', '@types/node'];
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'parcel-claims-consumer',
        private: true,
        type: 'module',
        dependencies: {
          ...tarballOf,
          ...Object.fromEntries(registry.map((name) => [name, pinned(name)])),
          // PGlite's declarations use Emscripten's global types without depending on them.
          '@types/emscripten': '1.41.6',
        },
        // The packed manifests name each other by version: take those from the tarballs, never the registry.
        overrides: tarballOf,
      },
      null,
      2,
    )}\n`,
  );
  const specifiers = packages.flatMap(({ name, packed }) =>
    Object.keys(packed.exports ?? {}).map((entry) => (entry === '.' ? name : `${name}${entry.slice(1)}`)),
  );
  const sources = entryPointSources(specifiers);
  writeFileSync(join(project, 'src', 'imported.ts'), sources.imported);
  writeFileSync(join(project, 'src', 'required.cts'), sources.required);
  run(
    'npm install of the tarballs',
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    project,
  );
  console.log(`installed outside the workspace: ${project} (${seconds()})`);

  run(
    'type-check (strict, skipLibCheck false)',
    join(project, 'node_modules', '.bin', 'tsc'),
    ['-p', '.'],
    project,
  );
  console.log(
    `type-checked with strict and skipLibCheck false: ${specifiers.length} entry points (${seconds()})`,
  );

  const server = await postgresServer();
  const schema = `consumer_${process.pid}_${randomBytes(4).toString('hex')}`;
  const stores = [
    ['memory', ['memory:']],
    ['PGlite', [`pglite:${join(work, 'pglite-store')}`]],
    [`PostgreSQL, ${server.said}`, [server.url, schema]],
  ];
  try {
    for (const [store, args] of stores) {
      const { stdout: printed, stderr } = run(
        `the program on ${store}`,
        'node',
        ['dist/src/main.js', ...args],
        project,
      );
      // A warning a user would see (an experimental feature, a deprecation) fails the check too.
      if (stderr !== '')
        throw new ConsumerCheckFailed(`the program on ${store} wrote to standard error:\n${stderr}`);
      const differs = difference(printed);
      if (differs !== undefined)
        throw new ConsumerCheckFailed(
          `the program on ${store} printed other than tools/consumer/expected.txt, ${differs}\n\nit printed:\n${printed}`,
        );
      console.log(
        `the program on ${store}: as expected, ${printed.split('\n').length - 1} lines (${seconds()})`,
      );
    }
  } finally {
    const client = new pg.Client({ connectionString: server.url });
    try {
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
    } finally {
      await client.end();
      await server.stop();
    }
  }

  const { stdout: tests } = run(
    'vitest on the installed testing kit',
    join(project, 'node_modules', '.bin', 'vitest'),
    ['run', '--reporter=dot'],
    project,
  );
  const summary = tests.split('\n').find((line) => line.trim().startsWith('Tests'));
  console.log(`vitest on the installed testing kit: ${summary?.trim()} (${seconds()})`);
  console.log('consumer test passed');
} catch (error) {
  console.error(
    error instanceof ConsumerCheckFailed
      ? `consumer test FAILED: ${error.message}`
      : `consumer test FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  if (options.keep) console.log(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
