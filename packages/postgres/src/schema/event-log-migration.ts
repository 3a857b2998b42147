import { appendFunction } from './append-function.js';
import type { Migration } from './migration.js';

/**
 * Version 1: the event log. Revisions are unique per stream and event ids unique in the schema,
 * so even a writer that bypassed `append_events` could not record a conflicting or duplicate
 * event. Data is `json`, not `jsonb`, so it is kept exactly as written (jsonb would reject
 * "\u0000" in strings). `recorded_at` is text because it must read back as the writer's string.
 */
export const eventLogMigration: Migration = {
  version: 1,
  name: 'event log',
  statements: (names) => [
    `CREATE TABLE ${names.qualified('events')} (
      position bigint PRIMARY KEY CHECK (position > 0),
      stream_id text NOT NULL,
      revision bigint NOT NULL CHECK (revision >= 0),
      event_id text NOT NULL,
      type text NOT NULL,
      data json NOT NULL,
      command_id text NOT NULL,
      correlation_id text NOT NULL,
      causation_id text NOT NULL,
      recorded_at text NOT NULL,
      schema_version integer NOT NULL,
      actor_role text,
      actor_id text,
      previous_hash text,
      hash text NOT NULL,
      CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision),
      CONSTRAINT events_event_id_key UNIQUE (event_id),
      CONSTRAINT events_actor_check CHECK ((actor_role IS NULL) = (actor_id IS NULL))
    )`,
    `CREATE SEQUENCE ${names.qualified('event_position')} AS bigint OWNED BY ${names.qualified('events')}.position`,
    appendFunction(names, 1),
  ],
};
