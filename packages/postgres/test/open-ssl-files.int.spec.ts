import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenStoreFailed, openPostgresStore, SslFileUnreadable } from '../src/index.js';
import { pgUrl } from './support/pg-url.js';

let directory: string;

/** The test server's URL with query parameters added. */
const withParameters = (parameters: Readonly<Record<string, string>>, password?: string): string => {
  const url = new URL(pgUrl);
  if (password !== undefined) url.password = password;
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  return url.toString();
};

/** What an open rejects with; fails the test if it resolves. */
const refusal = async (url: string): Promise<unknown> =>
  openPostgresStore(url, { poolSize: 1 }).then(
    async (opened) => {
      await opened.close();
      throw new Error('the open resolved');
    },
    (error: unknown) => error,
  );

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'parcel-claims-ssl-'));
});

afterAll(() => rm(directory, { recursive: true, force: true }));

describe('openPostgresStore with SSL files named in the URL', () => {
  it('names a root certificate that does not exist, and what it must be', async () => {
    const missing = join(directory, 'nonexistent.pem');
    const url = withParameters({ sslrootcert: missing });
    const error = await refusal(url);
    expect(error).toBeInstanceOf(SslFileUnreadable);
    expect(error).toMatchObject({
      name: 'SslFileUnreadable',
      url,
      parameter: 'sslrootcert',
      path: missing,
      problem: 'no such file',
      message: `Cannot open the store at ${url}: sslrootcert=${missing}: no such file. It must name a readable PEM file holding the certificate of the authority that signed the server's certificate.`,
    });
  });

  it('names a root certificate that is a directory', async () => {
    const url = withParameters({ sslrootcert: directory });
    expect(await refusal(url)).toMatchObject({
      name: 'SslFileUnreadable',
      parameter: 'sslrootcert',
      path: directory,
      problem: 'a directory, not a file',
    });
  });

  it('names a client key that does not exist, the password masked', async () => {
    const missing = join(directory, 'client.key');
    const url = withParameters({ sslkey: missing }, 'Sup3r-s3cret');
    const error = await refusal(url);
    expect(error).toMatchObject({
      name: 'SslFileUnreadable',
      parameter: 'sslkey',
      problem: 'no such file',
      url: url.replace('Sup3r-s3cret', '***'),
    });
    expect(String(error)).toContain("It must name a readable PEM file holding the client's private key.");
    expect(String(error)).not.toContain('Sup3r-s3cret');
  });

  it('goes on to connect when the file can be read', async () => {
    const certificate = join(directory, 'root.pem');
    await writeFile(certificate, '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
    const error = await refusal(withParameters({ sslrootcert: certificate }));
    expect(error).toBeInstanceOf(OpenStoreFailed);
    expect(error).toMatchObject({ reason: 'The server does not support SSL connections' });
  });
});
