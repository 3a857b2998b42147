// A process on a pglite: store, run by the multi-process tests with the built package.
// `node pglite-writer.mjs <url> write <prefix> <count>` appends one event to each of the streams
// <prefix>-0, <prefix>-1, … (until stdin ends when count is 0); `… read` only opens the store
// read-only and reads the log. It prints one JSON line per step: {"opened":pid}, {"acked":stream}
// as soon as an append is acknowledged, {"read":n}, {"closed":true}, or {"refused":{…}} (exit 2).
import { randomUUID } from 'node:crypto';
import { openPostgresStore } from '@parcel-claims/postgres';

const [url = '', mode = 'write', prefix = 'w', count = '0'] = process.argv.slice(2);
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

let opened;
try {
  opened = await openPostgresStore(url, { readOnly: mode === 'read' });
} catch (error) {
  say({
    refused: {
      name: error.name,
      message: error.message,
      ...('directory' in error ? { directory: error.directory } : {}),
      ...('holderPid' in error ? { holderPid: error.holderPid } : {}),
    },
  });
  process.exit(2);
}
say({ opened: process.pid });

if (mode === 'read') {
  let events = 0;
  for await (const batch of opened.store.readAll()) events += batch.length;
  say({ read: events });
} else {
  let stop = false;
  process.stdin.on('end', () => {
    stop = true;
  });
  process.stdin.resume();
  const limit = Number(count);
  for (let n = 0; limit === 0 ? !stop : n < limit; n += 1) {
    const streamId = `${prefix}-${n}`;
    const commandId = `${prefix}-command-${n}`;
    await opened.store.append(
      streamId,
      [
        {
          eventId: randomUUID(),
          type: 'ParcelNoted',
          data: { n },
          metadata: {
            commandId,
            correlationId: commandId,
            causationId: commandId,
            recordedAt: '2026-03-02T09:00:00.000Z',
            schemaVersion: 1,
            actor: null,
          },
        },
      ],
      { expectedVersion: 'no_stream' },
    );
    say({ acked: streamId });
  }
  process.stdin.pause();
}
await opened.close();
say({ closed: true });
