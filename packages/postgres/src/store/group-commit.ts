import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import {
  type AppendCall,
  type AppendCallOutcome,
  type AppendFacts,
  callAppend,
  callAppends,
} from './append-call.js';
import type { AppendAttempt, AttemptResult, SendAppend } from './append-sender.js';
import type { KnownHead } from './stream-heads.js';

/** How appends are grouped. */
export interface GroupCommitOptions {
  /** Most appends in one call. */
  readonly maxAppends: number;
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
 * next call of `append_batches`, one transaction that takes the append lock once. One call is in
 * flight at a time, so groups reach the lock in the order they left and attempts keep their
 * order of arrival, and each is planned only when its group leaves: on the head the
 * attempts before it in the group will have written to its stream, so several appends to one
 * stream in one group chain onto each other as they would one after another. When one of them
 * does not write after all, those after it on its stream are not decided on what they saw, but
 * try again (`deferred`), except one the database wrote, which is always told so. If the call fails, nothing of it was written, and each member is sent
 * again alone, in order, so one member's failure is only its own.
 */
export const groupCommit = (
  executor: SqlExecutor,
  names: SchemaNames,
  { maxAppends }: GroupCommitOptions,
): SendAppend => {
  const waiting: Waiting[] = [];
  let sending = false;
  let scheduled = false;

  /**
   * Answers the members in order. `answer` gives what the database did for a member, or undefined
   * when it was not asked (a member sent alone after a broken chain is not sent at all).
   */
  const answerInOrder = async (
    members: readonly Waiting[],
    calls: readonly AppendCall[],
    answer: (index: number, call: AppendCall, broken: boolean) => Promise<AppendCallOutcome | undefined>,
  ) => {
    // Streams on which a member planned a write that did not happen: the members after it
    // chained onto a head that may not exist, and are not decided on what they saw.
    const broken = new Set<string>();
    for (const [index, member] of members.entries()) {
      const call = calls[index];
      if (call === undefined) continue;
      try {
        const outcome = await answer(index, call, broken.has(call.streamId));
        if (outcome?.kind === 'written') {
          // The database wrote it, so the head it chained onto was the stream's head after all
          // (a repeat before it planned the very events already recorded there): it is told so,
          // or it would try again, find its own events and report them as an earlier write.
          broken.delete(call.streamId);
          member.resolve({ write: call.write, outcome });
        } else if (outcome === undefined || broken.has(call.streamId)) {
          member.resolve({ write: call.write, outcome: { kind: 'deferred' } });
        } else {
          if (call.write !== undefined) broken.add(call.streamId);
          member.resolve({ write: call.write, outcome });
        }
      } catch (error) {
        if (call.write !== undefined) broken.add(call.streamId);
        member.reject(error);
      }
    }
  };

  const sendEachAlone = (members: readonly Waiting[], calls: readonly AppendCall[]) =>
    answerInOrder(members, calls, async (_, call, broken) =>
      broken ? undefined : callAppend(executor, names, call),
    );

  const sendGroup = async (members: readonly Waiting[]) => {
    try {
      const calls = planned(members);
      if (members.length === 1) {
        await sendEachAlone(members, calls);
        return;
      }
      let outcomes: readonly AppendFacts[];
      try {
        outcomes = await callAppends(executor, names, calls);
      } catch {
        await sendEachAlone(members, calls);
        return;
      }
      await answerInOrder(members, calls, async (index) => {
        const outcome = outcomes[index];
        if (outcome === undefined) throw new Error('append_batches answered fewer appends than it was given');
        return outcome;
      });
    } catch (error) {
      // Only a bug gets here; members already answered ignore the rejection.
      for (const member of members) member.reject(error);
    } finally {
      sending = false;
      schedule();
    }
  };

  const flush = () => {
    scheduled = false;
    if (sending || waiting.length === 0) return;
    sending = true;
    void sendGroup(waiting.splice(0, maxAppends));
  };

  // After the callbacks already due, so that appends started together, and the next appends of
  // callers whose appends just returned, leave together.
  function schedule() {
    if (scheduled || sending || waiting.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  }

  return (attempt) =>
    new Promise<AttemptResult>((resolve, reject) => {
      waiting.push({ attempt, resolve, reject });
      schedule();
    });
};
