import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { type AppendCall, callAppend, callAppends } from './append-call.js';
import type { AppendAttempt, AttemptResult, SendAppend } from './append-sender.js';
import type { KnownHead } from './stream-heads.js';

/** How appends are grouped. */
export interface GroupCommitOptions {
  /** Most appends in one call; 1 sends every append alone. */
  readonly maxAppends: number;
  /** Calls in flight at once; the next waits on the server for the append lock. */
  readonly maxInFlight: number;
}

interface Waiting {
  readonly attempt: AppendAttempt;
  readonly resolve: (result: AttemptResult) => void;
  readonly reject: (error: unknown) => void;
}

const lastHeadOf = (call: AppendCall): KnownHead | undefined => {
  const last = call.write?.events[call.write.events.length - 1];
  return last === undefined ? undefined : { revision: last.revision, hash: last.metadata.hash };
};

/** Plans each member on the head the writes before it in the group leave its stream at. */
const planned = (members: readonly Waiting[]): readonly AppendCall[] => {
  const written = new Map<string, KnownHead | undefined>();
  return members.map(({ attempt }): AppendCall => {
    const head = written.has(attempt.streamId) ? written.get(attempt.streamId) : attempt.head;
    const write = attempt.plan(head);
    const call = { streamId: attempt.streamId, eventIds: attempt.eventIds, write };
    if (write !== undefined) written.set(attempt.streamId, lastHeadOf(call));
    return call;
  });
};

/**
 * Group commit: attempts that arrive while a call is in flight wait, and go together into the
 * next call of `append_batches`, one transaction that takes the append lock once. Attempts keep
 * their order of arrival, and each is planned only when its group leaves: on the head the
 * attempts before it in the group will have written to its stream, so several appends to one
 * stream in one group chain onto each other as they would one after another. If the call fails,
 * nothing of it was written, and each member is sent again alone, in order, so one member's
 * failure is only its own.
 */
export const groupCommit = (
  executor: SqlExecutor,
  names: SchemaNames,
  { maxAppends, maxInFlight }: GroupCommitOptions,
): SendAppend => {
  const waiting: Waiting[] = [];
  let inFlight = 0;
  let flushing = false;

  const sendEachAlone = async (members: readonly Waiting[], calls: readonly AppendCall[]) => {
    for (const [index, member] of members.entries()) {
      const call = calls[index];
      if (call === undefined) continue;
      await callAppend(executor, names, call).then(
        (outcome) => member.resolve({ write: call.write, outcome }),
        member.reject,
      );
    }
  };

  const sendGroup = async (members: readonly Waiting[]) => {
    try {
      const calls = planned(members);
      if (members.length === 1) {
        await sendEachAlone(members, calls);
        return;
      }
      let outcomes: Awaited<ReturnType<typeof callAppends>>;
      try {
        outcomes = await callAppends(executor, names, calls);
      } catch {
        await sendEachAlone(members, calls);
        return;
      }
      for (const [index, member] of members.entries()) {
        const outcome = outcomes[index];
        const call = calls[index];
        if (outcome === undefined || call === undefined) {
          member.reject(new Error('append_batches answered fewer appends than it was given'));
        } else {
          member.resolve({ write: call.write, outcome });
        }
      }
    } catch (error) {
      // Only a bug gets here; members already answered ignore the rejection.
      for (const member of members) member.reject(error);
    } finally {
      inFlight -= 1;
      schedule();
    }
  };

  const flush = () => {
    flushing = false;
    while (inFlight < maxInFlight && waiting.length > 0) {
      inFlight += 1;
      void sendGroup(waiting.splice(0, maxAppends));
    }
  };

  // A microtask later, so that appends started together (in one tick) leave together.
  function schedule() {
    if (flushing || waiting.length === 0 || inFlight >= maxInFlight) return;
    flushing = true;
    queueMicrotask(flush);
  }

  return (attempt) =>
    new Promise<AttemptResult>((resolve, reject) => {
      waiting.push({ attempt, resolve, reject });
      schedule();
    });
};
