import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPackageMissing } from '../src/store-driver-missing.js';

const packages = fileURLToPath(new URL('../../', import.meta.url));
let project: string;

/** What Node's ESM loader rejects with when `specifier` is imported from a folder outside the workspace. */
const loaderError = (specifier: string): Error => {
  const shown = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import(${JSON.stringify(specifier)}).catch((e) => console.log(JSON.stringify({ code: e.code, message: e.message })))`,
    ],
    { cwd: tmpdir(), encoding: 'utf8' },
  );
  const { code, message }: { code: string; message: string } = JSON.parse(shown);
  return Object.assign(new Error(message), { code });
};

// A project outside the workspace with the built stores package and the packages it depends on,
// but not its optional peer @parcel-claims/eventstoredb.
beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'parcel-claims-stores-'));
  const scope = join(project, 'node_modules', '@parcel-claims');
  await mkdir(join(scope, 'stores'), { recursive: true });
  await cp(join(packages, 'stores', 'dist'), join(scope, 'stores', 'dist'), { recursive: true });
  await cp(join(packages, 'stores', 'package.json'), join(scope, 'stores', 'package.json'));
  await symlink(join(packages, 'eventsourcing'), join(scope, 'eventsourcing'));
  await symlink(join(packages, 'postgres'), join(scope, 'postgres'));
  await writeFile(
    join(project, 'main.mjs'),
    `import { openStore } from '@parcel-claims/stores';
const error = await openStore('esdb://admin:s3cret@127.0.0.1:2113?tls=false').then(() => null, (e) => e);
const memory = await openStore('memory:');
console.log(JSON.stringify({ name: error.name, packageName: error.packageName, url: error.url, message: error.message, memory: memory.kind }));
`,
  );
});

afterAll(() => rm(project, { recursive: true, force: true }));

describe('@parcel-claims/stores without its optional peer @parcel-claims/eventstoredb', () => {
  it('opens the other stores, and rejects an esdb:// URL naming the package to install', () => {
    const shown = execFileSync(process.execPath, ['main.mjs'], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(shown)).toEqual({
      name: 'StoreDriverMissing',
      packageName: '@parcel-claims/eventstoredb',
      url: 'esdb://admin:***@127.0.0.1:2113?tls=false',
      message:
        'cannot open esdb://admin:***@127.0.0.1:2113?tls=false: the package @parcel-claims/eventstoredb is not installed; install it beside @parcel-claims/stores (npm install @parcel-claims/eventstoredb)',
      memory: 'memory',
    });
  });

  it('tells the missing package itself from a package it needs, and from other errors', () => {
    expect(isPackageMissing(loaderError('@parcel-claims/eventstoredb'), '@parcel-claims/eventstoredb')).toBe(
      true,
    );
    expect(isPackageMissing(loaderError('@eventstore/db-client'), '@parcel-claims/eventstoredb')).toBe(false);
    expect(
      isPackageMissing(
        new Error("Cannot find package '@parcel-claims/eventstoredb'"),
        '@parcel-claims/eventstoredb',
      ),
    ).toBe(false);
  });
});
