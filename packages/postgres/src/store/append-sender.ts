import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { type AppendCallOutcome, callAppend, type PlannedWrite } from './append-call.js';
import type { KnownHead } from './stream-heads.js';

/** One try of an append, planned as late as possible: on the head it should chain onto. */
export interface AppendAttempt {
  readonly streamId: string;
  readonly eventIds: readonly string[];
  /** The head the append believes its stream ends at; undefined when it does not know. */
  readonly head: KnownHead | undefined;
  /** The write to try on `head`, if the append's expected version allows one there. */
  readonly plan: (head: KnownHead | undefined) => PlannedWrite | undefined;
}

/** The write an attempt tried (if any) and what the database answered. */
export interface AttemptResult {
  readonly write: PlannedWrite | undefined;
  readonly outcome: AppendCallOutcome;
}

/** Sends one attempt to the database, alone or together with others. */
export type SendAppend = (attempt: AppendAttempt) => Promise<AttemptResult>;

/** Sends each attempt in a call of its own on `executor`, planned on the head it believes. */
export const sendAlone =
  (executor: SqlExecutor, names: SchemaNames): SendAppend =>
  async ({ streamId, eventIds, head, plan }) => {
    const write = plan(head);
    return { write, outcome: await callAppend(executor, names, { streamId, eventIds, write }) };
  };
