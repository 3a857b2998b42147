import { randomBytes } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import {
  type EventStore,
  type EventToAppend,
  eventHash,
  hashInputOf,
  inMemoryEventStore,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import { eventStoreDbStore } from '@parcel-claims/eventstoredb';
import { startStandIn } from '@parcel-claims/eventstoredb/testing';
import { openPostgresStore, type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import * as E from 'fp-ts/lib/Either.js';

/** The PostgreSQL server the integration tests use; override with PARCEL_CLAIMS_TEST_PG_URL. */
export const postgresUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A store, and a way around it: `writeRaw` records an event the way a foreign or broken writer
 * would, below the port (SQL for PostgreSQL and PGlite, the EventStoreDB client for the
 * stand-in; the port itself for the in-memory store, which has nothing below it). The event is
 * given its revision and a correct hash chain, so only its content is wrong.
 */
export interface StoreUnderTest {
  readonly name: 'in-memory' | 'PGlite' | 'PostgreSQL' | 'EventStoreDB stand-in';
  readonly store: EventStore;
  readonly writeRaw: (streamId: string, event: EventToAppend) => Promise<void>;
  /** Runs SQL on the store's database; undefined for stores without one. */
  readonly sql: SqlExecutor | undefined;
  readonly schema: string | undefined;
  readonly close: () => Promise<void>;
}

/** The event sealed after the stream's current head, as `chainEvents` would. */
const sealedAfter = async (
  store: EventStore,
  streamId: string,
  event: EventToAppend,
): Promise<RecordedEvent> => {
  const [head] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
  const unsealed = {
    ...event,
    streamId,
    revision: head === undefined ? 0n : head.revision + 1n,
    position: 0n,
    metadata: { ...event.metadata, previousHash: head?.metadata.hash ?? null },
  };
  const hash = eventHash(hashInputOf(unsealed));
  if (E.isLeft(hash)) throw new Error(hash.left);
  return { ...unsealed, metadata: { ...unsealed.metadata, hashVersion: 1, hash: hash.right } };
};

const sqlWriter =
  (store: EventStore, executor: SqlExecutor, schema: string) =>
  async (streamId: string, event: EventToAppend): Promise<void> => {
    const sealed = await sealedAfter(store, streamId, event);
    const names = schemaNames(schema);
    const { metadata } = sealed;
    // The next leaf of the Merkle tree and the tree grown by it, as the append functions do.
    await executor.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO ${names.qualified('events')} (position, stream_id, revision, event_id, type, data,
         command_id, correlation_id, causation_id, recorded_at, schema_version, actor_role, actor_id,
         previous_hash, hash, leaf_index)
       VALUES (nextval('${names.qualified('event_position')}'), $1::text, $2::bigint, $3::text, $4::text,
         $5::json, $6::text, $7::text, $8::text, $9::text, $10::integer, $11::text, $12::text, $13::text, $14::text,
         (SELECT size FROM ${names.qualified('merkle_head')}))`,
        [
          streamId,
          sealed.revision.toString(),
          sealed.eventId,
          sealed.type,
          typeof sealed.data === 'string' ? sealed.data : JSON.stringify(sealed.data),
          metadata.commandId,
          metadata.correlationId,
          metadata.causationId,
          metadata.recordedAt,
          metadata.schemaVersion,
          metadata.actor?.role ?? null,
          metadata.actor?.id ?? null,
          metadata.previousHash,
          metadata.hash,
        ],
      );
      await tx.query(`SELECT ${names.qualified('grow_merkle_tree')}()`);
    });
  };

export const inMemory = async (): Promise<StoreUnderTest> => {
  const store = inMemoryEventStore();
  return {
    name: 'in-memory',
    store,
    writeRaw: async (streamId, event) => {
      await store.append(streamId, [event], { expectedVersion: 'any' });
    },
    sql: undefined,
    schema: undefined,
    close: async () => undefined,
  };
};

const schemaName = (label: string): string => `rel_${label}_${randomBytes(5).toString('hex')}`;

export const pglite = async (): Promise<StoreUnderTest> => {
  const schema = schemaName('pglite');
  const opened = await openPostgresStore('pglite:memory', { schema });
  return {
    name: 'PGlite',
    store: opened.store,
    writeRaw: sqlWriter(opened.store, opened.executor, schema),
    sql: opened.executor,
    schema,
    close: opened.close,
  };
};

export const postgres = async (): Promise<StoreUnderTest> => {
  const schema = schemaName('pg');
  const opened = await openPostgresStore(postgresUrl, { schema });
  return {
    name: 'PostgreSQL',
    store: opened.store,
    writeRaw: sqlWriter(opened.store, opened.executor, schema),
    sql: opened.executor,
    schema,
    close: async () => {
      try {
        await opened.executor.query(`DROP SCHEMA ${schemaNames(schema).quoted} CASCADE`);
      } finally {
        await opened.close();
      }
    },
  };
};

export const eventStoreDb = async (): Promise<StoreUnderTest> => {
  const standIn = await startStandIn();
  const client = EventStoreDBClient.connectionString(standIn.connectionString);
  const store = eventStoreDbStore(client, {
    retry: { attempts: 20, initialDelayMs: 10, maxDelayMs: 100 },
    reconnect: { initialDelayMs: 10, maxDelayMs: 100 },
  });
  return {
    name: 'EventStoreDB stand-in',
    store,
    writeRaw: async (streamId, event) => {
      const sealed = await sealedAfter(store, streamId, event);
      const data = sealed.data;
      if (typeof data !== 'object' || data === null) throw new Error('the client writes objects and arrays');
      await client.appendToStream(
        streamId,
        jsonEvent({
          id: sealed.eventId,
          type: sealed.type,
          data: Object.fromEntries(Object.entries(data)),
          metadata: {
            ...sealed.metadata,
            $correlationId: sealed.metadata.correlationId,
            $causationId: sealed.metadata.causationId,
          },
        }),
        { expectedRevision: sealed.revision === 0n ? 'no_stream' : sealed.revision - 1n },
      );
    },
    sql: undefined,
    schema: undefined,
    close: async () => {
      await store.dispose();
      await client.dispose();
      await standIn.stop();
    },
  };
};

/** Every store, each opened when a test asks for it. */
export const storesUnderTest = [
  { name: 'in-memory', open: inMemory },
  { name: 'PGlite', open: pglite },
  { name: 'PostgreSQL', open: postgres },
  { name: 'EventStoreDB stand-in', open: eventStoreDb },
] as const;
