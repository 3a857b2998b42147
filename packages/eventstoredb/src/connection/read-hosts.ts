import type { EndPoint } from '@eventstore/db-client';
import * as E from 'fp-ts/lib/Either.js';
import { quoted, type UrlProblem } from './url-problem.js';

const defaultPort = 2113;

const fault = (reason: string): E.Either<UrlProblem, never> => E.left({ option: null, reason });

const readHost = (text: string): E.Either<UrlProblem, EndPoint> => {
  if (text === '') return fault('the host list has an empty entry; separate hosts with single commas');
  const [address = '', port, ...rest] = text.split(':');
  if (rest.length > 0 || !/^[A-Za-z0-9._-]+$/.test(address)) {
    return fault(`host ${quoted(text)} is not a host name or IPv4 address with an optional :port`);
  }
  if (port === undefined) return E.right({ address, port: defaultPort });
  const number = /^\d{1,5}$/.test(port) ? Number(port) : 0;
  if (number < 1 || number > 65_535) {
    return fault(`host ${quoted(text)} has no valid port; write a number from 1 to 65535 after the colon`);
  }
  return E.right({ address, port: number });
};

/** The comma-separated `host[:port]` list of a URL (port 2113 when left out), never empty. */
export const readHosts = (hosts: string): E.Either<UrlProblem, readonly [EndPoint, ...EndPoint[]]> => {
  const [firstText, ...otherTexts] = hosts.split(',');
  if (hosts === '' || firstText === undefined) return fault('no host; write the server as esdb://host:2113');
  const first = readHost(firstText);
  if (E.isLeft(first)) return first;
  const others: EndPoint[] = [];
  for (const text of otherTexts) {
    const endpoint = readHost(text);
    if (E.isLeft(endpoint)) return endpoint;
    others.push(endpoint.right);
  }
  return E.right([first.right, ...others]);
};
