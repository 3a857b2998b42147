import { randomUUID } from 'node:crypto';
import { jsonEvent, type ResolvedEvent } from '@eventstore/db-client';
import type { CheckpointLog, KeptCheckpoint } from '@parcel-claims/eventsourcing';
import { UnreadableEvent } from '../errors/unreadable-event.js';
import type { AdapterContext } from '../store/adapter-context.js';
import { followedStream } from './followed-stream.js';
import { oneAtATime } from './one-at-a-time.js';

/** The event type of a kept checkpoint. */
const keptType = 'LogCheckpointKept';

/** The stream of kept checkpoints: `<internalPrefix>log-checkpoints`, outside the port's log. */
export const logCheckpointStreamId = (context: AdapterContext): string =>
  `${context.internalPrefix}log-checkpoints`;

const decodeKept = (resolved: ResolvedEvent, streamId: string, revision: bigint): KeptCheckpoint => {
  const refuse = (reason: string, path: string) =>
    new UnreadableEvent({ streamId, revision, reason: `a kept checkpoint whose ${path} ${reason}`, path });
  const event = resolved.event;
  if (event?.type !== keptType) throw refuse(`is not "${keptType}"`, '$.type');
  const { data } = event;
  if (!event.isJson || typeof data !== 'object' || data === null || Array.isArray(data))
    throw refuse('is not a JSON object', '$.data');
  const treeSize = Reflect.get(data, 'treeSize');
  const note = Reflect.get(data, 'note');
  if (typeof treeSize !== 'string' || !/^\d+$/.test(treeSize))
    throw refuse('is not a tree size (decimal digits)', '$.data.treeSize');
  if (typeof note !== 'string') throw refuse('is not text', '$.data.note');
  return { treeSize: BigInt(treeSize), note };
};

/**
 * Signed checkpoints kept in a stream of the adapter's own, one event per note, each written at
 * the revision last read: a note already in the stream is not written again, and of two writers
 * racing, the second reads the first's note before deciding. Kept notes are cached in memory.
 */
export const keptCheckpointLog = (context: AdapterContext): CheckpointLog => {
  const streamId = logCheckpointStreamId(context);
  const kept: KeptCheckpoint[] = [];
  const notes = new Set<string>();
  const stream = followedStream(context, streamId, async (resolved, revision) => {
    const checkpoint = decodeKept(resolved, streamId, revision);
    if (notes.has(checkpoint.note)) return;
    notes.add(checkpoint.note);
    kept.push(checkpoint);
  });

  const add = oneAtATime(async (checkpoint: KeptCheckpoint): Promise<void> => {
    for (;;) {
      await stream.follow();
      if (notes.has(checkpoint.note)) return;
      const outcome = await stream.append(
        jsonEvent({
          id: randomUUID(),
          type: keptType,
          data: { treeSize: checkpoint.treeSize.toString(), note: checkpoint.note },
        }),
      );
      if (outcome === 'written') {
        await stream.follow();
        return;
      }
    }
  });

  return {
    add,
    list: async () => {
      await stream.follow();
      return [...kept];
    },
  };
};
