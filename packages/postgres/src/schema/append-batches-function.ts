import { eventColumns, lockForAppend, takePositions } from './append-sql.js';
import { growTree, readTreeSize } from './merkle-tree-sql.js';
import type { SchemaNames } from './schema-names.js';

/**
 * `append_batches`: several appends in one round trip and one transaction, each exactly as
 * `append_events` would do it alone, in the order given. It takes the schema's append lock once
 * (see docs/adr/0005-postgres-global-order.md and docs/adr/0008-postgres-group-commit.md), then
 * for each append reads the stream head and where its event ids are already recorded, after
 * everything the appends before it in the same call wrote, and writes it only when no id is
 * recorded and the head is the one its batch was chained onto. Every row carries `member`, the
 * index of the append it answers ('head', 'recorded' or 'written' as in `append_events`). Written
 * batches get consecutive positions in the order of the appends; the schema's channel is
 * notified once, with the last position, if anything was written.
 *
 * `p_appends` is a JSON array of `{ streamId, eventIds, headRevision, headHash, events }`;
 * `events` absent or null only asks for the facts, `headRevision` null means "no stream".
 * `headRevision` is a string so a bigint survives JSON. It is `jsonb`, parsed once, where each
 * field taken from a `json` value would parse it again; event data is a string inside it (see
 * `append-call.ts`), so jsonb's refusal of "\u0000" never meets the data.
 *
 * `version` is the migration that creates it: 3 created it, 4 replaces it with one that also
 * writes each event's `commandDigest` (absent or null: none), 5 with one that also writes each
 * event's `hashVersion`, 6 with one that also gives each event its leaf index and grows the
 * Merkle tree once at the end (see `merkle-tree-sql.ts`). Migrations do not change once released,
 * so each keeps the text it had.
 */
export const appendBatchesFunction = (names: SchemaNames, version: 3 | 4 | 5 | 6): string => {
  const { qualified, channel } = names;
  const digest = version >= 4;
  const hashVersion = version >= 5;
  const tree = version >= 6;
  return `
${digest ? 'CREATE OR REPLACE' : 'CREATE'} FUNCTION ${qualified('append_batches')}(p_appends jsonb)
RETURNS TABLE (
  member integer,
  kind text,
  found_event_id text,
  found_stream_id text,
  found_revision bigint,
  found_position bigint,
  found_hash text
) LANGUAGE plpgsql
-- The lookups below must use the unique indexes however many rows the table holds. A plan
-- cached while the table was nearly empty (a new schema, before its first ANALYZE) would
-- otherwise scan the whole table on every call for as long as it stays cached.
SET enable_seqscan = off
AS $append$
DECLARE
  v_append jsonb;
  v_member integer;
  v_stream_id text;
  v_events jsonb;
  v_event_ids text[];
  v_head_revision bigint;
  v_head_hash text;
  v_count integer;
  v_first bigint;
  v_last bigint;${tree ? '\n  v_leaf bigint;' : ''}
BEGIN
${lockForAppend(names, 'append_batches')}
${tree ? readTreeSize(names) : ''}
  FOR v_append, v_member IN
    SELECT a.value, (a.n - 1)::integer FROM jsonb_array_elements(p_appends) WITH ORDINALITY AS a(value, n)
  LOOP
    v_stream_id := v_append->>'streamId';
    v_events := v_append->'events';
    v_event_ids := ARRAY(SELECT jsonb_array_elements_text(v_append->'eventIds'));

    SELECT e.revision, e.hash INTO v_head_revision, v_head_hash
      FROM ${qualified('events')} e
     WHERE e.stream_id = v_stream_id
     ORDER BY e.revision DESC
     LIMIT 1;

    -- An array, not a subquery: the planner guesses that a set-returning function yields 100
    -- rows, and would join them to the whole table instead of looking each one up.
    RETURN QUERY
      SELECT v_member, 'recorded'::text, e.event_id, e.stream_id, e.revision, e.position, e.hash
        FROM ${qualified('events')} e
       WHERE e.event_id = ANY (v_event_ids);

    IF FOUND OR jsonb_typeof(v_events) IS DISTINCT FROM 'array'
       OR v_head_revision IS DISTINCT FROM (v_append->>'headRevision')::bigint
       OR v_head_hash IS DISTINCT FROM v_append->>'headHash' THEN
      IF v_head_revision IS NOT NULL THEN
        RETURN QUERY SELECT v_member, 'head'::text, NULL::text, v_stream_id, v_head_revision, NULL::bigint, v_head_hash;
      END IF;
      CONTINUE;
    END IF;

${takePositions(names, 'jsonb_array_length(v_events)')}

    INSERT INTO ${qualified('events')} (
    ${eventColumns}${digest ? ', command_digest' : ''}${hashVersion ? ', hash_version' : ''}${tree ? ', leaf_index' : ''}
    )
    SELECT v_first + d.n - 1, v_stream_id, d.revision, d.event_id, d.type, d.data::json,
           d.command_id, d.correlation_id, d.causation_id, d.recorded_at, d.schema_version,
           d.actor_role, d.actor_id, d.previous_hash, d.hash${digest ? ', d.command_digest' : ''}${hashVersion ? ', d.hash_version' : ''}${tree ? ', v_leaf + d.n - 1' : ''}
      -- Each document is parsed once here, where a field operator per column would parse it again.
      FROM ROWS FROM (jsonb_to_recordset(v_events) AS (
             revision bigint, "eventId" text, type text, data text, "commandId" text,
             "correlationId" text, "causationId" text, "recordedAt" text, "schemaVersion" integer,
             "actorRole" text, "actorId" text, "previousHash" text, hash text${digest ? ', "commandDigest" text' : ''}${hashVersion ? ', "hashVersion" smallint' : ''}
           )) WITH ORDINALITY AS d(
             revision, event_id, type, data, command_id, correlation_id, causation_id, recorded_at,
             schema_version, actor_role, actor_id, previous_hash, hash,${digest ? ' command_digest,' : ''}${hashVersion ? ' hash_version,' : ''} n
           );

    v_last := v_first + v_count - 1;${tree ? '\n    v_leaf := v_leaf + v_count;' : ''}
    RETURN QUERY SELECT v_member, 'written'::text, NULL::text, v_stream_id, NULL::bigint, v_last, NULL::text;
  END LOOP;

  -- One notification for the whole call: subscribers only learn that there is more to read.
  IF v_last IS NOT NULL THEN${tree ? growTree(names) : ''}
    PERFORM pg_notify('${channel}', v_last::text);
  END IF;
END;
$append$`;
};
