import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ChannelCredentialOptions, EventStoreDBClient } from '@eventstore/db-client';
import { InvalidStoreUrl } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { ConnectionOptions } from './connection-options.js';
import { type EventStoreDbConnection, parseEventStoreDbUrl } from './parse-event-store-db-url.js';

type FileOption = 'tlsCAFile' | 'userCertFile' | 'userKeyFile';

/** A certificate or key file, relative to the working directory as the client reads it. */
const readFile = (url: string, option: FileOption, path: string): E.Either<InvalidStoreUrl, Buffer> => {
  const absolute = resolve(process.cwd(), path);
  try {
    return E.right(readFileSync(absolute));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return E.left(
      new InvalidStoreUrl({
        url,
        option,
        reason: `option "${option}" names a file that cannot be read: ${absolute} (${code})`,
      }),
    );
  }
};

const optionalFile = (
  url: string,
  option: FileOption,
  path: string | undefined,
): E.Either<InvalidStoreUrl, Buffer | undefined> =>
  path === undefined ? E.right(undefined) : readFile(url, option, path);

/** The channel: insecure with `tls=false`; else TLS with the certificate files read now. */
const channelOf = (
  url: string,
  options: ConnectionOptions,
): E.Either<InvalidStoreUrl, ChannelCredentialOptions> => {
  if (options.tls === false) return E.right({ insecure: true });
  return pipe(
    E.Do,
    E.apS('rootCertificate', optionalFile(url, 'tlsCAFile', options.tlsCAFile)),
    E.apS('userCertFile', optionalFile(url, 'userCertFile', options.userCertFile)),
    E.apS('userKeyFile', optionalFile(url, 'userKeyFile', options.userKeyFile)),
    E.map((files) => ({
      insecure: false,
      ...(files.rootCertificate === undefined ? {} : { rootCertificate: files.rootCertificate }),
      ...(files.userCertFile === undefined ? {} : { userCertFile: files.userCertFile }),
      ...(files.userKeyFile === undefined ? {} : { userKeyFile: files.userKeyFile }),
    })),
  );
};

/**
 * The client for a checked URL, built from its parts with the client's constructor: the URL text
 * never reaches the client, so nothing the client prints or logs can quote it. TLS-only options
 * (`tlsCAFile`, `userCertFile`, `userKeyFile`, `tlsVerifyCert`) do nothing with `tls=false`,
 * and the cluster options nothing on a single node, as with the client's own parser.
 */
export const clientFor = (
  connection: EventStoreDbConnection,
): E.Either<InvalidStoreUrl, EventStoreDBClient> => {
  const {
    tls: _tls,
    tlsVerifyCert: _tlsVerifyCert,
    tlsCAFile: _tlsCAFile,
    userCertFile: _userCertFile,
    userKeyFile: _userKeyFile,
    nodePreference,
    maxDiscoverAttempts,
    discoveryInterval,
    gossipTimeout,
    ...clientOptions
  } = connection.options;
  const discovery = {
    ...(nodePreference === undefined ? {} : { nodePreference }),
    ...(maxDiscoverAttempts === undefined ? {} : { maxDiscoverAttempts }),
    ...(discoveryInterval === undefined ? {} : { discoveryInterval }),
    ...(gossipTimeout === undefined ? {} : { gossipTimeout }),
  };
  const { target, credentials } = connection;
  return pipe(
    channelOf(connection.url, connection.options),
    E.map((channel) => {
      if (target.kind === 'node') {
        return new EventStoreDBClient({ endpoint: target.endpoint, ...clientOptions }, channel, credentials);
      }
      if (target.kind === 'seeds') {
        return new EventStoreDBClient(
          { endpoints: [...target.endpoints], ...discovery, ...clientOptions },
          channel,
          credentials,
        );
      }
      return new EventStoreDBClient(
        { discover: target.endpoint, ...discovery, ...clientOptions },
        channel,
        credentials,
      );
    }),
  );
};

/**
 * An `@eventstore/db-client` client for an `esdb://` or `esdb+discover://` URL, checked by
 * {@link parseEventStoreDbUrl}; throws its {@link InvalidStoreUrl}, or one naming a certificate
 * file that cannot be read. Use it instead of `EventStoreDBClient.connectionString`, whose
 * warnings and debug log print the whole URL, password included.
 *
 * @example
 * const client = eventStoreDbClient('esdb://admin:changeit@localhost:2113?tls=false');
 * const store = eventStoreDbStore(client);
 */
export const eventStoreDbClient = (url: string): EventStoreDBClient =>
  pipe(
    parseEventStoreDbUrl(url),
    E.chain(clientFor),
    E.getOrElseW((invalid) => {
      throw invalid;
    }),
  );
