import { type CapturedOutput, captureOutput, errorViews, secretsShown } from '@parcel-claims/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/index.js';
import { notedEvent } from './noted-event.js';
import { postgresUrl } from './stores-under-test.js';

const secret = 'Sup3r-s3cret-pw';

/** The test server's address with the secret as the password and a database that does not exist. */
const missingDatabase = new URL(postgresUrl);
missingDatabase.username = 'postgres';
missingDatabase.password = secret;
missingDatabase.pathname = '/no_such_database_for_this_test';

/** What the code printed while the test ran, through the console or straight to stdout and stderr. */
let output: CapturedOutput;

beforeEach(() => {
  output = captureOutput();
});

afterEach(() => {
  output.restore();
});

const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );

/** The secret in every form a URL may carry it. */
const forms = [secret, encodeURIComponent(`p@${secret}`), `p@${secret}`];

const expectNoSecret = (error: unknown) => {
  expect(error).toBeInstanceOf(Error);
  expect(secretsShown(forms, [errorViews(error), output.text()])).toEqual([]);
};

describe('connection strings with passwords never show in errors or logs', { timeout: 60_000 }, () => {
  it.each([
    ['a refused port', `postgres://claims:${secret}@127.0.0.1:1/test`],
    ['a password parameter', `postgres://claims@127.0.0.1:1/test?password=${secret}`],
    [
      'a percent-encoded password',
      `postgresql://claims:${encodeURIComponent(`p@${secret}`)}@127.0.0.1:1/test`,
    ],
    ['an unknown host', `postgres://claims:${secret}@no-such-host.invalid:5432/test`],
    ['a missing database', missingDatabase.toString()],
  ])('PostgreSQL, %s: OpenStoreFailed without the password', async (_what, url) => {
    const error = await rejectionOf(openStore(url));
    expect(error instanceof Error ? error.name : error).toBe('OpenStoreFailed');
    expectNoSecret(error);
  });

  it.each([
    ['as the password', `esdb://admin:${secret}@127.0.0.1:1?tls=false`],
    ['percent-encoded', `esdb://admin:${encodeURIComponent(`p@${secret}`)}@127.0.0.1:1?tls=false`],
  ])('EventStoreDB on a refused port, %s: StoreUnavailable without the password', async (_what, url) => {
    const opened = await openStore(url);
    try {
      expect(opened.url).toBe(url.replace(/:[^:@/]*@/, ':***@'));
      const read = await rejectionOf(opened.store.readStream('parcel-1'));
      expect(read instanceof Error ? read.name : read).toBe('StoreUnavailable');
      expectNoSecret(read);
      const appended = await rejectionOf(
        opened.store.append('parcel-1', [notedEvent(1)], { expectedVersion: 'any' }),
      );
      expect(appended instanceof Error ? appended.name : appended).toBe('StoreUnavailable');
      expectNoSecret(appended);
    } finally {
      await opened.close();
    }
  });

  it('the check finds a password in an error, in its cause, or in what was printed', () => {
    expect(() => expectNoSecret(new Error(`postgres://claims:${secret}@host/db`))).toThrow();
    expect(() => expectNoSecret(new Error('failed', { cause: new Error(`p@${secret}`) }))).toThrow();
    console.warn(`connecting with ${encodeURIComponent(`p@${secret}`)}`);
    expect(() => expectNoSecret(new Error('failed'))).toThrow();
  });

  it('an unsupported URL: UnsupportedStoreUrl without the password', async () => {
    const error = await rejectionOf(openStore(`mysql://root:${secret}@127.0.0.1/claims`));
    expect(error instanceof Error ? error.name : error).toBe('UnsupportedStoreUrl');
    expectNoSecret(error);
  });
});
