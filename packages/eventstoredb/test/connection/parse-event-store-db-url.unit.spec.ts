import { InvalidStoreUrl } from '@parcel-claims/eventsourcing';
import { errorViews, secretsShown } from '@parcel-claims/testing';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { maskEventStoreDbUrl, parseEventStoreDbUrl } from '../../src/index.js';

const refusal = (url: string) => {
  const parsed = parseEventStoreDbUrl(url);
  return E.isLeft(parsed)
    ? { url: parsed.left.url, option: parsed.left.option, reason: parsed.left.reason }
    : 'accepted';
};

describe('parseEventStoreDbUrl', () => {
  it('reads one node, with the default port, no credentials and no options', () => {
    expect(parseEventStoreDbUrl('esdb://localhost')).toEqual(
      E.right({
        url: 'esdb://localhost',
        target: { kind: 'node', endpoint: { address: 'localhost', port: 2113 } },
        credentials: undefined,
        options: {},
      }),
    );
  });

  it('reads seed nodes, credentials percent-decoded (the password after the first :) and options in any spelling', () => {
    expect(
      parseEventStoreDbUrl(
        'esdb://ad%20min:p%40ss:w@node-1.example:2114,10.0.0.2/?tls=false&NodePreference=Read-Only-Replica&keep_alive_interval=-1&connectionName=claims%20api',
      ),
    ).toEqual(
      E.right({
        url: 'esdb://ad%20min:***@node-1.example:2114,10.0.0.2/?tls=false&NodePreference=Read-Only-Replica&keep_alive_interval=-1&connectionName=claims%20api',
        target: {
          kind: 'seeds',
          endpoints: [
            { address: 'node-1.example', port: 2114 },
            { address: '10.0.0.2', port: 2113 },
          ],
        },
        credentials: { username: 'ad min', password: 'p@ss:w' },
        options: {
          tls: false,
          nodePreference: 'read_only_replica',
          keepAliveInterval: -1,
          connectionName: 'claims api',
        },
      }),
    );
  });

  it('reads a raw @ in the password: the credentials end at the last @', () => {
    const parsed = parseEventStoreDbUrl('esdb+discover://admin:p@ss@cluster.example?gossipTimeout=3');
    expect(parsed).toEqual(
      E.right({
        url: 'esdb+discover://admin:***@cluster.example?gossipTimeout=3',
        target: { kind: 'discover', endpoint: { address: 'cluster.example', port: 2113 } },
        credentials: { username: 'admin', password: 'p@ss' },
        options: { gossipTimeout: 3 },
      }),
    );
  });

  it.each([
    ['http://localhost:2113', null, 'an EventStoreDB URL starts with esdb:// or esdb+discover://'],
    ['esdb://admin@localhost', null, 'the part before @ must be user:password'],
    ['esdb://:pw@localhost', null, 'the user name before the password is empty'],
    ['esdb://admin:@localhost', null, 'the password after the user name is empty'],
    [
      'esdb://admin:100%@localhost',
      null,
      'the user name or password is not valid percent-encoding; write % as %25',
    ],
    ['esdb://?tls=false', null, 'no host; write the server as esdb://host:2113'],
    ['esdb://a,,b', null, 'the host list has an empty entry; separate hosts with single commas'],
    [
      'esdb://[::1]:2113',
      null,
      'host "[::1]:2113" is not a host name or IPv4 address with an optional :port',
    ],
    ['esdb://a b', null, 'host "a b" is not a host name or IPv4 address with an optional :port'],
    ['esdb://a:0', null, 'host "a:0" has no valid port; write a number from 1 to 65535 after the colon'],
    [
      'esdb://a:65536',
      null,
      'host "a:65536" has no valid port; write a number from 1 to 65535 after the colon',
    ],
    ['esdb://a?', null, 'an option is empty (a stray ? or &); remove it'],
    ['esdb://a?&tls=false', null, 'an option is empty (a stray ? or &); remove it'],
    ['esdb://a?=false', null, 'an option has no name ("=false"); write name=value'],
    ['esdb://a?userKeyFile=key.pem', 'userKeyFile', 'option "userKeyFile" needs userCertFile too'],
    [
      'esdb://a?defaultDeadline=0',
      'defaultDeadline',
      'option "defaultDeadline" is "0"; it takes a whole number of milliseconds from 1',
    ],
    [
      'esdb://a?maxDiscoverAttempts=1.5',
      'maxDiscoverAttempts',
      'option "maxDiscoverAttempts" is "1.5"; it takes a whole number from 1',
    ],
    [
      'esdb://a?connectionName=%E0%A4%A',
      'connectionName',
      'option "connectionName" is "%E0%A4%A"; it takes a name, percent-encoded',
    ],
    [
      `esdb://a?tls=${'x'.repeat(100)}`,
      'tls',
      `option "tls" is "${'x'.repeat(64)}…"; it takes true (the default) or false (for a server started with --insecure)`,
    ],
  ])('refuses %s', (url, option, reason) => {
    expect(refusal(url)).toEqual({ url: maskEventStoreDbUrl(url), option, reason });
  });

  it('refuses a bidirectional override, and shows it escaped', () => {
    expect(refusal('esdb://a?connectionName=x\u202Ey')).toEqual({
      url: 'esdb://a?connectionName=x\\u202ey',
      option: null,
      reason: 'it holds a control or bidirectional-formatting character (shown as \\u…); remove it',
    });
  });

  it('answers an InvalidStoreUrl whose message is the masked URL and the reason', () => {
    const parsed = parseEventStoreDbUrl('esdb://admin:changeit@localhost:2113?tls=maybe');
    expect(E.isLeft(parsed) && parsed.left instanceof InvalidStoreUrl ? parsed.left.message : parsed).toBe(
      'esdb://admin:***@localhost:2113?tls=maybe: option "tls" is "maybe"; it takes true (the default) or false (for a server started with --insecure)',
    );
  });
});

describe('maskEventStoreDbUrl', () => {
  it.each([
    ['esdb://admin:changeit@localhost:2113?tls=false', 'esdb://admin:***@localhost:2113?tls=false'],
    ['esdb://onlyname@localhost', 'esdb://***@localhost'],
    ['esdb://a:b?c@d@host?x=1', 'esdb://a:***@host?x=***'],
    ['esdb://host?tls=false&password=hunter2&foo', 'esdb://host?tls=false&password=***&foo'],
    ['esdb://host?tlsCAFile=ca.pem&TLS=true', 'esdb://host?tlsCAFile=ca.pem&TLS=true'],
    ['admin:changeit@host', 'admin:***@host'],
    ['esdb://h?connectionName=\u001b[31m', 'esdb://h?connectionName=\\u001b[31m'],
  ])('%s → %s', (url, masked) => {
    expect(maskEventStoreDbUrl(url)).toBe(masked);
  });
});

// Every password shape × every way of writing it × every kind of option tail: the URL is
// accepted or refused, and either way the password shows neither in the masked URL nor in the
// error. Each password starts and ends with a marker no reason or host here contains.
describe('no password shows, whatever the URL around it', () => {
  const shapes = [
    'plain',
    'with:colons:',
    'with@at@signs',
    'with?question&amp=',
    'with/slash#hash',
    'with%percent%zz',
    'with space',
    'ünïcödé-😀',
    'with\u001bescape',
    'with\u202Ebidi',
    'tls=false&foo=bar',
  ];
  const tails = [
    '',
    '?tls=false',
    '?tls=false&foo=bar',
    '?tls=maybe',
    '?tls',
    '?tls=false&tls=true',
    '?tlsVerifyCert=false',
    '?tls=false&nodePreference=never',
    '?',
    '?&',
  ];
  const hosts = ['127.0.0.1:2113', 'a:1,b:2', 'bad host', ''];
  const schemes = ['esdb://', 'esdb+discover://'];

  it(`holds for ${shapes.length} passwords × 2 writings × ${tails.length} option tails × ${hosts.length} host lists × 2 schemes`, () => {
    const leaks: string[] = [];
    let refused = 0;
    let accepted = 0;
    for (const shape of shapes) {
      const password = `Qz7${shape}Jx4`;
      for (const written of [password, encodeURIComponent(password)]) {
        for (const scheme of schemes) {
          for (const host of hosts) {
            for (const tail of tails) {
              const url = `${scheme}admin:${written}@${host}${tail}`;
              const parsed = parseEventStoreDbUrl(url);
              const shown = E.isLeft(parsed) ? errorViews(parsed.left) : parsed.right.url;
              if (E.isLeft(parsed)) refused += 1;
              else accepted += 1;
              if (secretsShown(['Qz7', 'Jx4'], [shown]).length > 0) leaks.push(url);
            }
          }
        }
      }
    }
    expect(leaks).toEqual([]);
    // Both outcomes were exercised, so both were checked.
    expect([refused > 0, accepted > 0]).toEqual([true, true]);
  });
});
