import { appendLockClass } from './lock-classes.js';
import type { SchemaNames } from './schema-names.js';

// Fragments both append functions are made of, so they take the lock and positions alike.

/** Refuses any isolation but READ COMMITTED, then takes the schema's append lock. */
export const lockForAppend = ({ qualified }: SchemaNames, functionName: string): string => `
  -- Under REPEATABLE READ or SERIALIZABLE the reads below would use a snapshot taken before the
  -- lock was granted and miss the append that held it.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION '${functionName} needs READ COMMITTED isolation, not %',
      current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(${appendLockClass}, '${qualified('events')}'::regclass::oid::integer);`;

/** Sets `v_count` to the SQL expression `count` and `v_first` to the first of as many consecutive positions. */
export const takePositions = ({ qualified }: SchemaNames, count: string): string => `
  -- Consecutive positions for the batch, taken while holding the lock: nobody else takes one
  -- until this transaction has committed or rolled back.
  v_count := ${count};
  v_first := nextval('${qualified('event_position')}');
  IF v_count > 1 THEN
    PERFORM setval('${qualified('event_position')}', v_first + v_count - 1);
  END IF;`;

/** The columns an append inserts, in the order its SELECT lists them. */
export const eventColumns = `position, stream_id, revision, event_id, type, data,
    command_id, correlation_id, causation_id, recorded_at, schema_version,
    actor_role, actor_id, previous_hash, hash`;
