import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** The built command, as `pnpm parcel-claims` and the package's `bin` run it (`pnpm test` builds it first). */
const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const readme = fileURLToPath(new URL('../README.md', import.meta.url));

/** The README's first block of shell commands, one command a line. */
const readmeExamples = async (): Promise<string[]> => {
  const text = await readFile(readme, 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(text)?.[1];
  if (block === undefined) throw new Error(`${readme} has no sh block`);
  return block.split('\n').filter((line) => line.trim() !== '');
};

/** What the README's first two lines must be: the demo built and run by pnpm, and the alias of the built command. */
const firstLine = 'npx -y pnpm@12.4.2 parcel-claims demo --claims 20';
const aliasLine = 'alias parcel-claims="node $PWD/packages/cli/dist/main.js"';

let directory = '';

afterAll(async () => {
  if (directory !== '') await rm(directory, { recursive: true, force: true });
});

/**
 * Replaces what differs from run to run by what it stands for: the key pair `keygen` makes, the
 * rate of a run. Everything else is printed as it is: the demo records its story's own times, so
 * the events, their hashes and the log's tree are the same on every run.
 */
const stable = (text: string, key: { readonly id: string; readonly material: string }): string =>
  text
    .replaceAll(key.material, '<verifier key>')
    .replaceAll(key.id, '<key id>')
    .replace(/\(\d+ events\/s\)/g, '(<rate> events/s)');

describe('the CLI README', () => {
  it('runs every example as written, after the first, on a fresh demo store, printing what the golden file holds', {
    timeout: 300_000,
  }, async () => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: build with tsc -b first`);
    const lines = await readmeExamples();
    expect(lines.slice(0, 2)).toEqual([firstLine, aliasLine]);
    directory = await mkdtemp(join(tmpdir(), 'parcel-claims-readme-'));
    // The alias as a command on the PATH: the same built command, by the same name.
    await mkdir(join(directory, 'bin'));
    const shim = join(directory, 'bin', 'parcel-claims');
    await writeFile(shim, `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
    await chmod(shim, 0o755);
    const work = join(directory, 'work');
    await mkdir(work);
    const env = {
      ...process.env,
      NO_COLOR: '1',
      PATH: `${join(directory, 'bin')}:${process.env.PATH ?? ''}`,
    };
    // pnpm runs `tsc -b packages/cli && node packages/cli/dist/main.js`; the build is done already.
    const commands = ['parcel-claims demo --claims 20', ...lines.slice(2)];
    const runs = commands.map((command) => {
      const ran = spawnSync('/bin/sh', ['-c', command], { cwd: work, env, encoding: 'utf8' });
      return { command, status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
    });
    // The key pair keygen made: its id and key differ on every run.
    const material = (await readFile(join(work, 'log.pub'), 'utf8')).trim();
    const key = { id: material.split('+')[1] ?? 'none', material };
    const session = runs
      .map((ran) =>
        [
          `$ ${ran.command}`,
          stable(ran.stdout, key).replace(/\n$/, ''),
          ...(ran.stderr === '' ? [] : [`[stderr] ${stable(ran.stderr, key).replace(/\n$/, '')}`]),
          `[exit ${ran.status}]`,
        ].join('\n'),
      )
      .join('\n\n');
    await expect(`${session}\n`).toMatchFileSnapshot('./fixtures/readme-examples.txt');
    expect(runs.map((ran) => ran.status)).toEqual(commands.map(() => 0));
  });
});
