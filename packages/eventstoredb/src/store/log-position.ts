import type { EventStoreDBClient, Position, ReadPosition, ResolvedEvent } from '@eventstore/db-client';
import { failureKind } from '../client/failure-kind.js';

/**
 * The port's single global position of an event read from `$all`: its commit position. Events
 * appended through gRPC (EventStoreDB 20 and later) have equal commit and prepare positions, so
 * one number names the record exactly and maps back as `{ commit: p, prepare: p }`.
 */
export const positionOf = (resolved: ResolvedEvent): bigint | undefined =>
  resolved.event?.position?.commit ?? resolved.commitPosition;

export const serverPosition = (position: bigint): Position => ({ commit: position, prepare: position });

const collect = async (events: AsyncIterable<ResolvedEvent>): Promise<readonly ResolvedEvent[]> => {
  const collected: ResolvedEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
};

/** Reads `maxCount` events of `$all` forwards from a position, inclusive. */
export const readAllPage = (
  client: EventStoreDBClient,
  from: ReadPosition,
  maxCount: number,
): Promise<readonly ResolvedEvent[]> => collect(client.readAll({ fromPosition: from, maxCount }));

const scanPage = 512;

/**
 * A position the server accepts to start a read or subscription that passes exactly what
 * `after` passes. The server refuses positions that are not the start of a record (a port
 * position minus one, say); then the greatest event position not after `after` is found by
 * reading from the start: slow, but only for positions no event ever had.
 */
export const acceptedStart = async (client: EventStoreDBClient, after: bigint): Promise<ReadPosition> => {
  if (after <= 0n) return 'start';
  try {
    await readAllPage(client, serverPosition(after), 1);
    return serverPosition(after);
  } catch (error) {
    if (failureKind(error) !== 'invalid-argument') throw error;
  }
  let best: bigint | undefined;
  let from: ReadPosition = 'start';
  for (;;) {
    // Each page after the first starts at `best` inclusive, hence one more than the step.
    const page = await readAllPage(client, from, scanPage + 1);
    for (const event of page) {
      const position = positionOf(event);
      if (position === undefined || (best !== undefined && position <= best)) continue;
      if (position > after) return best === undefined ? 'start' : serverPosition(best);
      best = position;
    }
    if (page.length <= scanPage || best === undefined)
      return best === undefined ? 'start' : serverPosition(best);
    from = serverPosition(best);
  }
};
