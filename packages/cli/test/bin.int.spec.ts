import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandNames } from './support/command-names.js';

/** The built command, as `pnpm parcel-claims` and the package's `bin` run it (`pnpm test` builds it first). */
const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));

const parcelClaims = (args: readonly string[]) => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build with tsc -b first`);
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the parcel-claims executable', () => {
  it('exits with the code of the command it ran', { timeout: 60_000 }, () => {
    expect(parcelClaims(['verify', '--store', 'memory:'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'parcel-claims verify: give a parcel id or --all (not both)\n',
    });
    expect(parcelClaims(['verify', 'NO-SUCH-PARCEL', '--store', 'memory:'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'parcel-claims verify: no events recorded for parcel NO-SUCH-PARCEL\n',
    });
    expect(parcelClaims(['verify', '--all', '--store', 'memory:'])).toEqual({
      status: 0,
      stdout: expect.stringMatching(
        /^OK 0 stream\(s\), 0 event\(s\) checked \(\d+ events\/s\): every hash chain intact\.\n$/,
      ),
      stderr: '',
    });
  });

  it('lists its commands', { timeout: 60_000 }, () => {
    const help = parcelClaims(['--help']);
    expect([
      help.status,
      help.stdout
        .split('\n')
        .filter((line) => /^ {2}[a-z][a-z-]* /.test(line))
        .map((line) => line.trim().split(' ')[0]),
    ]).toEqual([0, [...commandNames, 'help']]);
  });
});
