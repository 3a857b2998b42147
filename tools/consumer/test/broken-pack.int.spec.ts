// The consumer test fails, naming what is wrong, on tarballs a broken manifest or build would publish.
// Run by `pnpm test:consumer` after the check itself (tools/consumer/vitest.config.ts): each case packs
// every package, breaks one tarball as a mistake would, and runs tools/consumer-test.mjs on them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { packPublished } from '../../pack-published.mjs';

const check = fileURLToPath(new URL('../../consumer-test.mjs', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Every published package packed, with the tarball of `name` unpacked, changed by `change` (given the
 * unpacked package directory) and packed again.
 */
const tarballsWith = (name: string, change: (packageDir: string) => void): string => {
  const tarballs = mkdtempSync(join(tmpdir(), 'parcel-claims-broken-packs-'));
  const unpacked = mkdtempSync(join(tmpdir(), 'parcel-claims-broken-pack-'));
  made.push(tarballs, unpacked);
  const target = packPublished(tarballs).find((packed) => packed.name === name);
  if (target === undefined) throw new Error(`${name} is not published`);
  spawnSync('tar', ['-xzf', target.tarball, '-C', unpacked], { encoding: 'utf8' });
  change(join(unpacked, 'package'));
  spawnSync('tar', ['-czf', target.tarball, '-C', unpacked, 'package'], { encoding: 'utf8' });
  return tarballs;
};

const runCheck = (tarballs: string) => {
  const result = spawnSync('node', [check, '--tarballs', tarballs], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the consumer test', () => {
  it('fails before installing when a manifest leaves dist out of files', { timeout: 300_000 }, () => {
    const tarballs = tarballsWith('@parcel-claims/service', (dir) => {
      const manifestPath = join(dir, 'package.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.files = manifest.files.filter((entry: string) => !entry.includes('dist'));
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
      rmSync(join(dir, 'dist'), { recursive: true });
    });
    const result = runCheck(tarballs);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'consumer test FAILED: @parcel-claims/service: dist/index.d.ts is not in the tarball, its manifest points at it',
        '@parcel-claims/service: dist/index.js is not in the tarball, its manifest points at it',
        '',
      ].join('\n'),
    });
  });

  it('fails at the type-check when a declaration file behind an entry point is missing', {
    timeout: 600_000,
  }, () => {
    const tarballs = tarballsWith('@parcel-claims/service', (dir) => {
      rmSync(join(dir, 'dist', 'claims-service.d.ts'));
    });
    const result = runCheck(tarballs);
    expect(result.status).toBe(1);
    const failure = result.stderr.split('\n');
    expect(failure[0]).toMatch(
      /^consumer test FAILED: type-check \(strict, skipLibCheck false\): `.*\/node_modules\/\.bin\/tsc -p \.` exited 1$/,
    );
    // Positions follow the package's exports and the temporary directory differs in each run; what is
    // missing, and what a strict program then loses, is named exactly.
    expect(
      failure
        .filter((line) => line.includes('error TS'))
        .map((line) =>
          line.replace(/\(\d+,\d+\)/, '(line,column)').replace(/'\/[^']*\/project\//, "'<project>/"),
        ),
    ).toEqual([
      "node_modules/@parcel-claims/service/dist/index.d.ts(line,column): error TS7016: Could not find a declaration file for module './claims-service.js'. '<project>/node_modules/@parcel-claims/service/dist/claims-service.js' implicitly has an 'any' type.",
      "src/main.ts(line,column): error TS7006: Parameter 'record' implicitly has an 'any' type.",
    ]);
    expect(result.stdout).not.toContain('the program on');
  });
});
