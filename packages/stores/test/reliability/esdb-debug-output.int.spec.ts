import { randomUUID } from 'node:crypto';
import { captureOutput, errorViews, secretsShown } from '@parcel-claims/testing';
import { afterAll, expect, it } from 'vitest';
import { notedEvent } from './noted-event.js';

const password = 'Sup3r-s3cret-pw';
const previousDebug = process.env.DEBUG;
afterAll(() => {
  if (previousDebug === undefined) delete process.env.DEBUG;
  else process.env.DEBUG = previousDebug;
});

it('with the client debug log on (DEBUG=esdb:*), an EventStoreDB password is never written', async () => {
  // The client's `debug` log reads DEBUG when it loads, so it is set before anything imports it.
  process.env.DEBUG = 'esdb:*';
  const { startStandIn } = await import('@parcel-claims/eventstoredb/testing');
  const { openStore } = await import('../../src/index.js');
  const standIn = await startStandIn();
  const node = new URL(standIn.connectionString.replace('esdb:', 'http:')).host;
  const output = captureOutput();
  let outcome: unknown;
  try {
    const opened = await openStore(`esdb://admin:${password}@${node}?tls=false&keepAliveInterval=10000`);
    try {
      const stream = `parcel-${randomUUID()}`;
      await opened.store.append(stream, [notedEvent(1)], { expectedVersion: 'no_stream' });
      outcome = (await opened.store.readStream(stream)).map((event) => event.data);
    } finally {
      await opened.close();
    }
  } catch (error) {
    outcome = error;
  } finally {
    output.restore();
    await standIn.stop();
  }
  // The debug log did write: the check below looked at real output.
  expect(output.text()).toContain('esdb:connection');
  expect(secretsShown([password], [output.text(), errorViews(outcome)])).toEqual([]);
  expect(outcome).toEqual([{ n: 1 }]);
});
