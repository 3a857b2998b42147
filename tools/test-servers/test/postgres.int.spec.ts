import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { defaultUrl, startEmbeddedPostgres, urlVariable, whyNoServer } from '../postgres.mjs';

const program = fileURLToPath(new URL('../postgres.mjs', import.meta.url));
const asRoot = userInfo().uid === 0;

/** The server's version and the role the tests connect as. */
const describeServer = async (url: string): Promise<{ role: string; version: string }> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; version: string }>(
      'select current_user as role, version() as version',
    );
    const [row] = rows;
    if (row === undefined) throw new Error('no row');
    return row;
  } finally {
    await client.end();
  }
};

describe('the PostgreSQL server of the tests', () => {
  it('is the one the run settled on, answering at PARCEL_CLAIMS_TEST_PG_URL', async () => {
    const url = process.env[urlVariable] ?? defaultUrl;
    expect(await whyNoServer(url)).toBeUndefined();
    expect((await describeServer(url)).role).toBe('postgres');
  });

  it('says why nothing answers at an address', async () => {
    expect(await whyNoServer('postgres://postgres@127.0.0.1:1/test')).toContain('ECONNREFUSED');
  });

  it('starts embedded from the npm package, as an unprivileged user, and leaves nothing behind', async () => {
    const started = await startEmbeddedPostgres();
    let stopped = false;
    try {
      expect(started.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/test$/);
      expect(started.version).toMatch(/^18\./);
      const server = await describeServer(started.url);
      expect(server.version).toMatch(/^PostgreSQL 18\./);
      // PostgreSQL refuses root: as root the server runs as the system user postgres, which owns its data.
      const owner = statSync(started.dataDirectory).uid;
      if (asRoot) {
        expect(started.osUser).toBe('postgres');
        expect(owner).toBe(Number(execFileSync('id', ['-u', 'postgres']).toString().trim()));
        expect(owner).not.toBe(0);
      } else {
        expect([started.osUser, owner]).toEqual([userInfo().username, userInfo().uid]);
      }
      await started.stop();
      stopped = true;
      expect(existsSync(started.dataDirectory)).toBe(false);
      expect(await whyNoServer(started.url)).toContain('ECONNREFUSED');
    } finally {
      if (!stopped) await started.stop();
    }
  });

  it('leaves the exit code of the run alone: a failed run still exits non-zero', () => {
    const script = `import setup from ${JSON.stringify(program)};
const teardown = await setup();
await teardown();
process.exitCode = 3;`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, [urlVariable]: 'postgres://postgres@127.0.0.1:1/test' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect([run.status, run.stderr]).toEqual([3, '']);
    expect(run.stdout).toContain('started embedded PostgreSQL 18.');
    expect(run.stdout).toContain('stopped, its data removed');
  });

  it.skipIf(!asRoot)('starts embedded as the current user when that user is not root (here: nobody)', () => {
    const nobody = Number(execFileSync('id', ['-u', 'nobody']).toString().trim());
    const group = Number(execFileSync('id', ['-g', 'nobody']).toString().trim());
    const run = spawnSync(process.execPath, [program], {
      uid: nobody,
      gid: group,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report: unknown = JSON.parse(run.stdout);
    expect(report).toMatchObject({ osUser: 'nobody', uid: nobody, removed: true, role: 'postgres' });
    expect(report).toHaveProperty('version', expect.stringMatching(/^PostgreSQL 18\./));
  });
});
