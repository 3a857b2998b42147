import type { Credentials, EndPoint } from '@eventstore/db-client';
import { InvalidStoreUrl } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { ConnectionOptions } from './connection-options.js';
import { maskEventStoreDbUrl } from './mask-event-store-db-url.js';
import { readCredentials } from './read-credentials.js';
import { readHosts } from './read-hosts.js';
import { readOptions } from './read-options.js';
import { urlParts } from './url-parts.js';
import { quoted, type UrlProblem } from './url-problem.js';
import { holdsControls } from './visible-controls.js';

/** Which servers a URL names and how the client finds the one to talk to. */
export type EventStoreDbTarget =
  /** One host: the client talks to it directly. */
  | { readonly kind: 'node'; readonly endpoint: EndPoint }
  /** Several hosts (`esdb://h1,h2`): seeds the client asks for the cluster's members (gossip). */
  | { readonly kind: 'seeds'; readonly endpoints: readonly EndPoint[] }
  /** `esdb+discover://name`: a DNS name the client resolves to the cluster's seeds. */
  | { readonly kind: 'discover'; readonly endpoint: EndPoint };

/** An EventStoreDB URL, read and checked. */
export interface EventStoreDbConnection {
  /** The URL as given, password masked: safe to print. */
  readonly url: string;
  readonly target: EventStoreDbTarget;
  readonly credentials: Credentials | undefined;
  readonly options: ConnectionOptions;
}

const fault = (reason: string): E.Either<UrlProblem, never> => E.left({ option: null, reason });

const targetOf = (
  scheme: string,
  endpoints: readonly [EndPoint, ...EndPoint[]],
): E.Either<UrlProblem, EventStoreDbTarget> => {
  const [first, ...others] = endpoints;
  if (scheme === 'esdb+discover') {
    return others.length === 0
      ? E.right({ kind: 'discover', endpoint: first })
      : fault(
          `esdb+discover:// takes one host name to discover the cluster from, not ${endpoints.length}; list the nodes as esdb://host1:2113,host2:2113 instead`,
        );
  }
  return E.right(others.length === 0 ? { kind: 'node', endpoint: first } : { kind: 'seeds', endpoints });
};

const read = (url: string): E.Either<UrlProblem, Omit<EventStoreDbConnection, 'url'>> => {
  if (holdsControls(url)) {
    return fault('it holds a control or bidirectional-formatting character (shown as \\u…); remove it');
  }
  const parts = urlParts(url);
  if (parts.scheme !== 'esdb' && parts.scheme !== 'esdb+discover') {
    return fault('an EventStoreDB URL starts with esdb:// or esdb+discover://');
  }
  if (!/^\/*$/.test(parts.path)) {
    return fault(`an EventStoreDB URL has no path (${quoted(parts.path)}); options follow the hosts after ?`);
  }
  return pipe(
    E.Do,
    E.apS('credentials', readCredentials(parts.userinfo)),
    E.apS(
      'target',
      pipe(
        readHosts(parts.hosts),
        E.chain((endpoints) => targetOf(parts.scheme, endpoints)),
      ),
    ),
    E.apS('options', parts.query === undefined ? E.right({}) : readOptions(parts.query)),
  );
};

/**
 * Reads an `esdb://` or `esdb+discover://` URL the way `@eventstore/db-client` 6.2.1 documents
 * its connection strings, but refuses, with an {@link InvalidStoreUrl} naming the option and the
 * values it takes, what the client would warn about, ignore or misread: unknown options, values
 * an option does not take, options given twice, stray `?` and `&`, a path, several hosts after
 * `esdb+discover://`, malformed hosts and credentials, control characters. Nothing here prints,
 * and no error carries the password: the client is then built from the parts, never from the
 * text, so neither can its warnings or its debug log.
 *
 * @example
 * const connection = parseEventStoreDbUrl('esdb://admin:changeit@localhost:2113?tls=maybe');
 * // left: InvalidStoreUrl, message 'esdb://admin:***@localhost:2113?tls=maybe:
 * //   option "tls" is "maybe"; it takes true (the default) or false (for a server started with --insecure)'
 */
export const parseEventStoreDbUrl = (url: string): E.Either<InvalidStoreUrl, EventStoreDbConnection> => {
  const shown = maskEventStoreDbUrl(url);
  return pipe(
    read(url),
    E.bimap(
      (problem) => new InvalidStoreUrl({ url: shown, ...problem }),
      (connection) => ({ url: shown, ...connection }),
    ),
  );
};
