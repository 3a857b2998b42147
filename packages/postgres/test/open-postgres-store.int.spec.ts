import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OpenStoreFailed, openPostgresStore, pgExecutor } from '../src/index.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';
import { dropSchema, testSchema } from './support/test-schema.js';

const secret = 'Sup3r-s3cret';

/** The OpenStoreFailed an open rejects with; fails the test if it resolves or rejects otherwise. */
const openFailure = async (url: string): Promise<OpenStoreFailed> => {
  const failure = await openPostgresStore(url).then(
    async (opened) => {
      await opened.close();
      return undefined;
    },
    (error: unknown) => error,
  );
  if (!(failure instanceof OpenStoreFailed))
    throw new Error(`expected OpenStoreFailed, got ${inspect(failure)}`);
  return failure;
};

/** Everything a log line could show of an error. */
const everything = (error: unknown) =>
  `${String(error)} ${inspect(error, { depth: 5 })} ${JSON.stringify(error)}`;

describe('openPostgresStore', () => {
  it('opens a postgres:// URL: a pool, the schema migrated, a working store; close ends it', async () => {
    const schema = testSchema('open');
    const opened = await openPostgresStore(pgUrl, { schema, poolSize: 2 });
    try {
      const event = sampleEvent(1);
      await opened.store.append('parcel-1', [event], { expectedVersion: 'no_stream' });
      expect((await opened.store.readStream('parcel-1')).map((recorded) => recorded.eventId)).toEqual([
        event.eventId,
      ]);
    } finally {
      await opened.close();
      const cleaner = pgExecutor({ connectionString: pgUrl, max: 1 });
      await dropSchema(cleaner, schema);
      await cleaner.close();
    }
  });

  it('never shows the password when the server refuses the connection', async () => {
    const host = new URL(pgUrl).host;
    const failure = await openFailure(`postgres://postgres:${secret}@${host}/no_such_database_here`);
    expect(failure.code).toBe('3D000');
    expect(failure.message).toContain(`postgres://postgres:***@${host}/no_such_database_here`);
    expect(everything(failure)).not.toContain(secret);
  });

  it('never shows the password when nothing listens at the address', async () => {
    const failure = await openFailure(
      `postgresql://postgres:${encodeURIComponent(`${secret}/@`)}@127.0.0.1:1/test`,
    );
    expect(failure.code).toBe('ECONNREFUSED');
    expect(everything(failure)).not.toContain(secret);
  });

  it('never shows the password of a URL that does not parse, nor one given as a parameter', async () => {
    for (const url of [
      `postgres://postgres:${secret}@[::1/test`,
      `postgres://postgres@127.0.0.1:1/test?password=${secret}`,
    ]) {
      expect(everything(await openFailure(url))).not.toContain(secret);
    }
  });

  it('refuses a URL of another kind', async () => {
    const failure = await openFailure(`mysql://root:${secret}@localhost/claims`);
    expect(failure.message).toBe(
      'Cannot open the store at mysql://root:***@localhost/claims: unsupported URL: use postgres://…, pglite:<dir> or pglite:memory',
    );
  });
});
