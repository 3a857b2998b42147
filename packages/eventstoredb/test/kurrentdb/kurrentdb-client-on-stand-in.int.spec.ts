import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonEvent, KurrentDBClient, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./stand-in-process.mjs', import.meta.url));
const compiled = fileURLToPath(new URL('../../dist/testing/index.js', import.meta.url));

let child: ChildProcess;
let client: KurrentDBClient;

beforeAll(async () => {
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: build with tsc -b first`);
  child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = await once(child.stdout ?? child, 'data');
  const esdbUrl = String(line).trim();
  client = KurrentDBClient.connectionString(esdbUrl.replace(/^esdb:/, 'kurrentdb:'));
});
afterAll(async () => {
  await client.dispose();
  child.stdin?.end();
  await once(child, 'exit');
});

const noted = (n: number) => jsonEvent({ type: 'Noted', data: { n } });

// The stand-in speaks the protocol of @eventstore/db-client 6.2.1; the KurrentDB client 1.3.1
// sends the same services with `streamState` in place of `expectedRevision` and an extra field in
// BatchAppend's options. These are the calls the adapter makes, through the KurrentDB client.
describe('the KurrentDB client against the stand-in', () => {
  it('appends with a stream state, reads the stream and the log back, and is refused at a wrong state', async () => {
    const appended = await client.appendToStream('kurrent-1', [noted(1), noted(2)], {
      streamState: 'no_stream',
    });
    expect(appended.nextExpectedRevision).toBe(1n);
    const stream = [];
    for await (const resolved of client.readStream('kurrent-1')) {
      stream.push([resolved.event?.type, resolved.event?.revision, resolved.event?.data]);
    }
    expect(stream).toEqual([
      ['Noted', 0n, { n: 1 }],
      ['Noted', 1n, { n: 2 }],
    ]);
    const log = [];
    for await (const resolved of client.readAll())
      log.push(`${resolved.event?.streamId}@${resolved.event?.revision}`);
    expect(log).toEqual(['kurrent-1@0', 'kurrent-1@1']);
    const refusal = await client
      .appendToStream('kurrent-1', noted(3), { streamState: 0n })
      .catch((error) => error);
    expect(refusal).toBeInstanceOf(WrongExpectedVersionError);
    expect(refusal).toMatchObject({ streamName: 'kurrent-1', expectedState: 0n, actualState: 1n });
  });

  it('delivers the log to a subscription to $all', async () => {
    const subscription = client.subscribeToAll({ fromPosition: 'start' });
    const seen: string[] = [];
    for await (const resolved of subscription) {
      seen.push(`${resolved.event?.streamId}@${resolved.event?.revision}`);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['kurrent-1@0', 'kurrent-1@1']);
  });
});
