import { captureOutput, secretsShown } from '@parcel-claims/testing';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';

const password = 'Sup3r-s3cret-pw';
const options =
  'tls, tlsVerifyCert, tlsCAFile, userCertFile, userKeyFile, connectionName, defaultDeadline, keepAliveInterval, keepAliveTimeout, throwOnAppendFailure, nodePreference, maxDiscoverAttempts, discoveryInterval, gossipTimeout';

/** Runs the command with its io in memory, and captures what anything else printed meanwhile. */
const cli = async (args: readonly string[]) => {
  const captured = memoryIo();
  const output = captureOutput();
  let code: number;
  try {
    code = await run(args, captured.io);
  } finally {
    output.restore();
  }
  return { code, stdout: captured.stdout(), stderr: captured.stderr(), printed: output.text() };
};

describe('an EventStoreDB --store URL with an odd option', () => {
  it.each([
    [
      'an unknown option',
      `esdb://admin:${password}@127.0.0.1:1?tls=false&foo=bar`,
      `InvalidStoreUrl: esdb://admin:***@127.0.0.1:1?tls=false&foo=***: unknown option "foo"; the options are ${options}`,
    ],
    [
      'tls=maybe',
      `esdb://admin:${password}@127.0.0.1:1?tls=maybe`,
      'InvalidStoreUrl: esdb://admin:***@127.0.0.1:1?tls=maybe: option "tls" is "maybe"; it takes true (the default) or false (for a server started with --insecure)',
    ],
  ])('%s: exit 2, the reason on stderr, the password printed nowhere', async (_what, url, reason) => {
    const result = await cli(['verify', '--all', '--store', url]);
    expect(secretsShown([password], [result.stdout, result.stderr, result.printed])).toEqual([]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `parcel-claims: cannot open the store: ${reason}\n`,
      printed: '',
    });
  });
});
