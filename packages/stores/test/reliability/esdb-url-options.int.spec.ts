import { randomUUID } from 'node:crypto';
import { type StandIn, startStandIn } from '@parcel-claims/eventstoredb/testing';
import { captureOutput, errorViews, secretsShown } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidStoreUrl, openStore } from '../../src/index.js';
import { notedEvent } from './noted-event.js';

const password = 'Sup3r-s3cret-pw';
/** The password as the URLs below carry it, and decoded: every text must be free of all of them. */
const forms = [password, `p%40${password}`, `p@${password}`, `p:${password}@x`];

const options =
  'tls, tlsVerifyCert, tlsCAFile, userCertFile, userKeyFile, connectionName, defaultDeadline, keepAliveInterval, keepAliveTimeout, throwOnAppendFailure, nodePreference, maxDiscoverAttempts, discoveryInterval, gossipTimeout';
const tlsValues = 'true (the default) or false (for a server started with --insecure)';

let standIn: StandIn;
/** `127.0.0.1:<port>` of the stand-in. */
let node = '';

beforeAll(async () => {
  standIn = await startStandIn();
  node = new URL(standIn.connectionString.replace('esdb:', 'http:')).host;
});
afterAll(() => standIn.stop());

const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );

/** A case: the URL with the password text in place of `pw`; `secret` is what is put there. */
interface UrlCase {
  readonly url: (pw: string) => string;
  readonly secret?: string;
}

const urlOf = (urlCase: UrlCase) => urlCase.url(urlCase.secret ?? password);

describe('EventStoreDB URLs with odd options never show the password', () => {
  it.each<
    [
      string,
      UrlCase & {
        readonly shown?: (pw: string) => string;
        readonly option: string | null;
        readonly reason: string;
      },
    ]
  >([
    [
      'an unknown option',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&foo=bar`,
        shown: (pw) => `esdb://admin:${pw}@${node}?tls=false&foo=***`,
        option: 'foo',
        reason: `unknown option "foo"; the options are ${options}`,
      },
    ],
    [
      'an unknown option first',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?foo=bar&tls=false`,
        shown: (pw) => `esdb://admin:${pw}@${node}?foo=***&tls=false`,
        option: 'foo',
        reason: `unknown option "foo"; the options are ${options}`,
      },
    ],
    [
      'an unknown option, the password percent-encoded',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&foo=bar`,
        secret: `p%40${password}`,
        shown: (pw) => `esdb://admin:${pw}@${node}?tls=false&foo=***`,
        option: 'foo',
        reason: `unknown option "foo"; the options are ${options}`,
      },
    ],
    [
      'an unknown option given twice',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&foo=1&foo=2`,
        shown: (pw) => `esdb://admin:${pw}@${node}?tls=false&foo=***&foo=***`,
        option: 'foo',
        reason: `unknown option "foo"; the options are ${options}`,
      },
    ],
    [
      'an option the client reads but does not document (dnsDiscover)',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&dnsDiscover=true`,
        shown: (pw) => `esdb://admin:${pw}@${node}?tls=false&dnsDiscover=***`,
        option: 'dnsDiscover',
        reason: `unknown option "dnsDiscover"; the options are ${options}`,
      },
    ],
    [
      'a password as an option',
      {
        url: (pw) => `esdb://${node}?tls=false&password=${pw}`,
        shown: () => `esdb://${node}?tls=false&password=***`,
        option: 'password',
        reason: `unknown option "password"; the options are ${options}`,
      },
    ],
    [
      'tls=maybe',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=maybe`,
        option: 'tls',
        reason: `option "tls" is "maybe"; it takes ${tlsValues}`,
      },
    ],
    [
      'tls=False',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=False`,
        option: 'tls',
        reason: `option "tls" is "False"; it takes ${tlsValues}`,
      },
    ],
    [
      'tls= (empty)',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=`,
        option: 'tls',
        reason: `option "tls" has no value; it takes ${tlsValues}`,
      },
    ],
    [
      'tls without =',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls`,
        option: 'tls',
        reason: `option "tls" has no value; it takes ${tlsValues}`,
      },
    ],
    [
      'tls given twice',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&tls=false`,
        option: 'tls',
        reason: 'option "tls" is given more than once; give it once',
      },
    ],
    [
      'tls given twice in two cases, true then false',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?TLS=true&tls=false`,
        option: 'TLS',
        reason: 'option "TLS" is given more than once; give it once',
      },
    ],
    [
      'a second ?',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false?foo=bar`,
        option: 'tls',
        reason: `option "tls" is "false?foo=bar"; it takes ${tlsValues}`,
      },
    ],
    [
      'a trailing &',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&`,
        option: null,
        reason: 'an option is empty (a stray ? or &); remove it',
      },
    ],
    [
      'tlsVerifyCert=maybe',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&tlsVerifyCert=maybe`,
        option: 'tlsVerifyCert',
        reason: 'option "tlsVerifyCert" is "maybe"; it takes true or false',
      },
    ],
    [
      'tlsVerifyCert=false over TLS, which the client ignores',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tlsVerifyCert=false`,
        option: 'tlsVerifyCert',
        reason:
          'option "tlsVerifyCert" is false, which the EventStoreDB client ignores: it always verifies the server\'s certificate; name its certificate authority with tlsCAFile=<file> (or NODE_EXTRA_CA_CERTS), or use tls=false for a server started with --insecure',
      },
    ],
    [
      'an unknown node preference',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&nodePreference=sometimes`,
        option: 'nodePreference',
        reason:
          'option "nodePreference" is "sometimes"; it takes leader, follower, random or read_only_replica',
      },
    ],
    [
      'a keep-alive interval that is not a number',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&keepAliveInterval=abc`,
        option: 'keepAliveInterval',
        reason:
          'option "keepAliveInterval" is "abc"; it takes a whole number of milliseconds, or -1 to turn keep-alive off',
      },
    ],
    [
      'a keep-alive interval below -1',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&keepAliveInterval=-5`,
        option: 'keepAliveInterval',
        reason:
          'option "keepAliveInterval" is "-5"; it takes a whole number of milliseconds, or -1 to turn keep-alive off',
      },
    ],
    [
      'throwOnAppendFailure=false',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&throwOnAppendFailure=false`,
        option: 'throwOnAppendFailure',
        reason:
          'option "throwOnAppendFailure" is "false"; it takes true only (the store needs failed appends reported as errors)',
      },
    ],
    [
      'a certificate authority file that does not exist',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tlsCAFile=%2Fnonexistent%2Fca.pem`,
        option: 'tlsCAFile',
        reason: 'option "tlsCAFile" names a file that cannot be read: /nonexistent/ca.pem (ENOENT)',
      },
    ],
    [
      'a client certificate without its key',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?userCertFile=%2Fnonexistent%2Fuser.crt`,
        option: 'userCertFile',
        reason: 'option "userCertFile" needs userKeyFile too',
      },
    ],
    [
      'a control character in an option',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false&connectionName=a\u001b[2Jb`,
        shown: (pw) => `esdb://admin:${pw}@${node}?tls=false&connectionName=a\\u001b[2Jb`,
        option: null,
        reason: 'it holds a control or bidirectional-formatting character (shown as \\u…); remove it',
      },
    ],
    [
      'DNS discovery with an unknown option',
      {
        url: (pw) => `esdb+discover://admin:${pw}@${node}?tls=false&foo=bar`,
        shown: (pw) => `esdb+discover://admin:${pw}@${node}?tls=false&foo=***`,
        option: 'foo',
        reason: `unknown option "foo"; the options are ${options}`,
      },
    ],
    [
      'DNS discovery from two hosts',
      {
        url: (pw) => `esdb+discover://admin:${pw}@${node},127.0.0.1:1?tls=false`,
        option: null,
        reason:
          'esdb+discover:// takes one host name to discover the cluster from, not 2; list the nodes as esdb://host1:2113,host2:2113 instead',
      },
    ],
    [
      'seed nodes with an unknown option',
      {
        url: (pw) => `esdb://admin:${pw}@127.0.0.1:1,${node}?tls=false&foo=bar`,
        shown: (pw) => `esdb://admin:${pw}@127.0.0.1:1,${node}?tls=false&foo=***`,
        option: 'foo',
        reason: `unknown option "foo"; the options are ${options}`,
      },
    ],
    [
      'a port that is not a number',
      {
        url: (pw) => `esdb://admin:${pw}@127.0.0.1:xx?tls=false`,
        option: null,
        reason: 'host "127.0.0.1:xx" has no valid port; write a number from 1 to 65535 after the colon',
      },
    ],
    [
      'a path',
      {
        url: (pw) => `esdb://admin:${pw}@${node}/claims?tls=false`,
        option: null,
        reason: 'an EventStoreDB URL has no path ("/claims"); options follow the hosts after ?',
      },
    ],
    [
      'a raw ? in the password',
      {
        url: (pw) => `esdb://admin:${pw}@${node}?tls=false`,
        secret: `${password}?x`,
        shown: (pw) => (pw === '***' ? `esdb://admin:***@${node}?tls=false` : ''),
        option: null,
        reason:
          'the user name or password holds a raw /, ? or #; percent-encode it (%2F, %3F, %23), and an @ in an option value (%40)',
      },
    ],
  ])('%s: InvalidStoreUrl naming what to change, nothing printed', async (_what, urlCase) => {
    const output = captureOutput();
    let error: unknown;
    try {
      error = await rejectionOf(openStore(urlOf(urlCase)));
    } finally {
      output.restore();
    }
    expect(secretsShown(forms, [errorViews(error), output.text()])).toEqual([]);
    expect(output.text()).toBe('');
    const shown = (urlCase.shown ?? urlCase.url)('***');
    expect(error).toBeInstanceOf(InvalidStoreUrl);
    expect(
      error instanceof InvalidStoreUrl
        ? {
            name: error.name,
            url: error.url,
            option: error.option,
            reason: error.reason,
            message: error.message,
          }
        : error,
    ).toEqual({
      name: 'InvalidStoreUrl',
      url: shown,
      option: urlCase.option,
      reason: urlCase.reason,
      message: `${shown}: ${urlCase.reason}`,
    });
  });

  it.each<[string, UrlCase]>([
    ['tls=false', { url: (pw) => `esdb://admin:${pw}@${node}?tls=false` }],
    [
      'the password percent-encoded',
      { url: (pw) => `esdb://admin:${pw}@${node}?tls=false`, secret: `p%40${password}` },
    ],
    [
      'a password holding : and @',
      { url: (pw) => `esdb://admin:${pw}@${node}?tls=false`, secret: `p:${password}@x` },
    ],
    ['TLS=false (names ignore case)', { url: (pw) => `esdb://admin:${pw}@${node}?TLS=false` }],
    [
      'Tls_Verify-Cert=true (and - and _)',
      { url: (pw) => `esdb://admin:${pw}@${node}?Tls=false&Tls_Verify-Cert=true` },
    ],
    [
      'tlsVerifyCert=false without TLS, where it changes nothing',
      { url: (pw) => `esdb://admin:${pw}@${node}?tls=false&tlsVerifyCert=false` },
    ],
    ['a trailing slash', { url: (pw) => `esdb://admin:${pw}@${node}/?tls=false` }],
    [
      'every tuning option',
      {
        url: (pw) =>
          `esdb://admin:${pw}@${node}?tls=false&connectionName=claims%20service&defaultDeadline=5000&keepAliveInterval=10000&keepAliveTimeout=-1&throwOnAppendFailure=true`,
      },
    ],
    [
      'DNS discovery',
      {
        url: (pw) =>
          `esdb+discover://admin:${pw}@${node}?tls=false&nodePreference=leader&maxDiscoverAttempts=3&discoveryInterval=10&gossipTimeout=2`,
      },
    ],
    [
      'seed nodes, the first refusing connections',
      {
        url: (pw) => `esdb://admin:${pw}@127.0.0.1:1,${node}?tls=false&gossipTimeout=1&NodePreference=Leader`,
      },
    ],
  ])('%s: opens, appends and reads, nothing printed', async (_what, urlCase) => {
    const output = captureOutput();
    let outcome: unknown;
    let shown = '';
    try {
      const opened = await openStore(urlOf(urlCase));
      shown = opened.url;
      try {
        const stream = `parcel-${randomUUID()}`;
        await opened.store.append(stream, [notedEvent(1), notedEvent(2)], { expectedVersion: 'no_stream' });
        outcome = (await opened.store.readStream(stream)).map((event) => [event.revision, event.data]);
      } catch (error) {
        outcome = error;
      } finally {
        await opened.close();
      }
    } finally {
      output.restore();
    }
    expect(secretsShown(forms, [errorViews(outcome), shown, output.text()])).toEqual([]);
    expect(output.text()).toBe('');
    expect(shown).toBe(urlCase.url('***'));
    expect(outcome).toEqual([
      [0n, { n: 1 }],
      [1n, { n: 2 }],
    ]);
  });

  it('the check finds the password in an error, in its cause, in a field or in what was printed', () => {
    const found = (error: unknown, printed: string) => secretsShown(forms, [errorViews(error), printed]);
    expect(found(new Error(`esdb://admin:${password}@host`), '')).toEqual([password]);
    expect(found(new Error('failed', { cause: new Error(`p@${password}`) }), '')).toEqual([
      password,
      `p@${password}`,
    ]);
    expect(found(Object.assign(new Error('failed'), { connectionString: `p%40${password}` }), '')).toEqual([
      password,
      `p%40${password}`,
    ]);
    const output = captureOutput();
    try {
      console.warn(`esdb://admin:${password}@host`);
      process.stderr.write(`p%40${password}\n`);
    } finally {
      output.restore();
    }
    expect(found(new Error('failed'), output.text())).toEqual([password, `p%40${password}`]);
  });
});
