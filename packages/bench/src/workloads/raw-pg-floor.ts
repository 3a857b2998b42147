import {
  builtInCalendars,
  claimsDecider,
  decodeClaimCommand,
  decodeClaimEvent,
  defaultPolicy,
  encodeClaimEvent,
  fold,
  parcelStreamId,
  policyBook,
} from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import pg from 'pg';
import type { Execute } from './parcel-runner.js';

/** The floor's writers and the table they write, in a schema of their own. */
export interface RawFloor {
  readonly execute: Execute;
  /** Drops the schema and closes the connections. */
  readonly close: () => Promise<void>;
}

/**
 * The least a PostgreSQL event store can do per command, on plain `pg`: read the stream, decode
 * and fold its events, decide, and insert the command's events in one transaction, the unique
 * (stream, revision) key refusing a concurrent writer. No hash chain, no idempotency, no global
 * order beyond a sequence, no notification: a floor, not a store. `connections` clients, one
 * command at a time each.
 */
export const openRawFloor = async (url: string, schema: string, connections: number): Promise<RawFloor> => {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.query(`CREATE SCHEMA ${schema}`);
  await pool.query(`CREATE TABLE ${schema}.events (
    position bigserial PRIMARY KEY,
    stream_id text NOT NULL,
    revision bigint NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    UNIQUE (stream_id, revision))`);
  const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });

  const execute: Execute = async (input) => {
    const command = decodeClaimCommand(input);
    if (E.isLeft(command)) throw new Error(command.left.message);
    const streamId = parcelStreamId(command.right.data.parcelId);
    const client = await pool.connect();
    try {
      const read = await client.query<{ type: string; data: unknown }>(
        `SELECT type, data FROM ${schema}.events WHERE stream_id = $1 ORDER BY revision`,
        [streamId],
      );
      const events = read.rows.map((row) => {
        const event = decodeClaimEvent(row);
        if (E.isLeft(event)) throw new Error(event.left.message);
        return event.right;
      });
      const decision = decider.decide(command.right, fold(decider.initialState, events));
      if (E.isLeft(decision)) throw new Error(decision.left.message);
      const params: unknown[] = [];
      const values = decision.right.map((event, index) => {
        params.push(streamId, events.length + index, event.type, JSON.stringify(encodeClaimEvent(event)));
        const at = index * 4;
        return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4})`;
      });
      if (values.length === 0) return;
      await client.query('BEGIN');
      try {
        await client.query(
          `INSERT INTO ${schema}.events (stream_id, revision, type, data) VALUES ${values.join(', ')}`,
          params,
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      client.release();
    }
  };

  return {
    execute,
    close: async () => {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    },
  };
};
