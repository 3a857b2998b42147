import { eventColumns, lockForAppend, takePositions } from './append-sql.js';
import { growTree, readTreeSize } from './merkle-tree-sql.js';
import type { SchemaNames } from './schema-names.js';

/**
 * `append_events`: the whole append in one round trip. It takes the schema's append lock (held
 * until the transaction ends, see docs/adr/0005-postgres-global-order.md), then reads the stream
 * head and where any of the batch's event ids are already recorded, and returns those facts as
 * rows ('head', 'recorded'). It writes only when no id is recorded anywhere and the head is the
 * one the caller chained the batch onto; the caller decides everything else with `checkAppend`,
 * so this function holds no expected-version rule of its own. A written batch gets consecutive
 * positions and a 'written' row with the last one, and the schema's channel is notified.
 *
 * `p_events` NULL only asks for the facts. `p_head_revision`/`p_head_hash` NULL mean "no stream".
 *
 * `version` is the migration that creates it: 1 created it, 6 replaces it with one that also
 * gives each event its leaf index and grows the Merkle tree (see `merkle-tree-sql.ts`).
 */
export const appendFunction = (names: SchemaNames, version: 1 | 6): string => {
  const { qualified, channel } = names;
  const tree = version >= 6;
  return `
${tree ? 'CREATE OR REPLACE' : 'CREATE'} FUNCTION ${qualified('append_events')}(
  p_stream_id text,
  p_event_ids json,
  p_head_revision bigint,
  p_head_hash text,
  p_events json
) RETURNS TABLE (
  kind text,
  found_event_id text,
  found_stream_id text,
  found_revision bigint,
  found_position bigint,
  found_hash text
) LANGUAGE plpgsql AS $append$
DECLARE
  v_head_revision bigint;
  v_head_hash text;
  v_count integer;
  v_first bigint;${tree ? '\n  v_leaf bigint;' : ''}
BEGIN
${lockForAppend(names, 'append_events')}

  SELECT e.revision, e.hash INTO v_head_revision, v_head_hash
    FROM ${qualified('events')} e
   WHERE e.stream_id = p_stream_id
   ORDER BY e.revision DESC
   LIMIT 1;

  RETURN QUERY
    SELECT 'recorded'::text, e.event_id, e.stream_id, e.revision, e.position, e.hash
      FROM ${qualified('events')} e
     WHERE e.event_id IN (SELECT json_array_elements_text(p_event_ids));

  IF FOUND OR p_events IS NULL
     OR v_head_revision IS DISTINCT FROM p_head_revision
     OR v_head_hash IS DISTINCT FROM p_head_hash THEN
    IF v_head_revision IS NOT NULL THEN
      RETURN QUERY SELECT 'head'::text, NULL::text, p_stream_id, v_head_revision, NULL::bigint, v_head_hash;
    END IF;
    RETURN;
  END IF;

${takePositions(names, 'json_array_length(p_events)')}
${tree ? readTreeSize(names) : ''}
  INSERT INTO ${qualified('events')} (
    ${eventColumns}${tree ? ', leaf_index' : ''}
  )
  SELECT v_first + d.n - 1, p_stream_id, (d.doc->>'revision')::bigint, d.doc->>'eventId', d.doc->>'type',
         (d.doc->>'data')::json, d.doc->>'commandId', d.doc->>'correlationId', d.doc->>'causationId',
         d.doc->>'recordedAt', (d.doc->>'schemaVersion')::integer, d.doc->>'actorRole',
         d.doc->>'actorId', d.doc->>'previousHash', d.doc->>'hash'${tree ? ', v_leaf + d.n - 1' : ''}
    FROM json_array_elements(p_events) WITH ORDINALITY AS d(doc, n);
${tree ? growTree(names) : ''}

  PERFORM pg_notify('${channel}', (v_first + v_count - 1)::text);
  RETURN QUERY SELECT 'written'::text, NULL::text, p_stream_id, NULL::bigint, v_first + v_count - 1, NULL::text;
END;
$append$`;
};
