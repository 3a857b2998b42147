import {
  type RecordedEvent,
  type SealedText,
  sealEventsAsText,
  verifyStream,
  verifyStreamText,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import { migrate, migrations, postgresEventStore, type SqlExecutor, schemaNames } from '../../src/index.js';
import { callAppends } from '../../src/store/append-call.js';
import { sampleEvent } from './sample-event.js';

const hashVersions = (events: readonly RecordedEvent[]): readonly number[] =>
  events.map((event) => event.metadata.hashVersion);

/**
 * A store made at migration 4 with events in it, migrated to 5: the events written before read
 * hash format 1 and their chain verifies unchanged, a later append records 1, and `append_batches`
 * writes the version each event carries, which verify then names when it does not know it.
 */
export const hashVersionMigrationBehaviour = async (executor: SqlExecutor, schema: string): Promise<void> => {
  expect(await migrate(executor, { schema, migrations: migrations.slice(0, 4) })).toEqual([1, 2, 3, 4]);
  const store = postgresEventStore({ executor, schema });
  await store.append('parcel-1', [sampleEvent(1), sampleEvent(2)], { expectedVersion: 'no_stream' });
  // This release's reads need the new column, so what was stored is read as it is, in SQL.
  const storedHashes = async (): Promise<readonly unknown[]> =>
    (
      await executor.query(
        `SELECT hash FROM ${schemaNames(schema).qualified('events')} WHERE stream_id = 'parcel-1' ORDER BY revision`,
      )
    ).rows.map((row) => row.hash);
  const before = await storedHashes();
  expect(before).toHaveLength(2);

  expect(await migrate(executor, { schema, migrations: migrations.slice(0, 5) })).toEqual([5]);
  expect(await storedHashes()).toEqual(before);
  const migrated = await store.readStream('parcel-1');
  expect(migrated.map((event) => event.metadata.hash)).toEqual(before);
  expect(hashVersions(migrated)).toEqual([1, 1]);
  expect(verifyStream(migrated)).toEqual({ ok: true });
  await store.append('parcel-1', [sampleEvent(3)], { expectedVersion: 1n });
  const events = await store.readStream('parcel-1');
  expect(events.slice(0, 2)).toEqual(migrated);
  expect(hashVersions(events)).toEqual([1, 1, 1]);
  expect(verifyStream(events)).toEqual({ ok: true });
  expect(verifyStreamText(await store.readStreamText('parcel-1'))).toEqual({ ok: true });
  const { rows } = await executor.query(
    `SELECT hash_version FROM ${schemaNames(schema).qualified('events')} WHERE stream_id = 'parcel-1' ORDER BY revision`,
  );
  expect(rows).toEqual([{ hash_version: 1 }, { hash_version: 1 }, { hash_version: 1 }]);

  // An event sealed in another format, written by append_batches as it comes.
  const sealed = sealEventsAsText({
    streamId: 'parcel-2',
    nextRevision: 0n,
    previousHash: null,
    events: [sampleEvent(4), sampleEvent(5)],
  });
  if (E.isLeft(sealed)) throw sealed.left;
  const [first, second] = sealed.right;
  if (first === undefined || second === undefined) throw new Error('two sealed events expected');
  const later: SealedText = { ...second, metadata: { ...second.metadata, hashVersion: 2 } };
  await callAppends(executor, schemaNames(schema), [
    {
      streamId: 'parcel-2',
      eventIds: [first.eventId, later.eventId],
      write: { head: null, events: [first, later] },
    },
  ]);
  const unknown = {
    ok: false,
    streamId: 'parcel-2',
    revision: 1n,
    expected: '1',
    found: '2',
    reason: 'unknown-hash-version',
  };
  const written = await store.readStream('parcel-2');
  expect(hashVersions(written)).toEqual([1, 2]);
  expect(verifyStream(written)).toEqual(unknown);
  expect(verifyStreamText(await store.readStreamText('parcel-2'))).toEqual(unknown);
};
