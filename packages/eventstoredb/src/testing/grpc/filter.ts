import type { ReadReq } from '@eventstore/db-client/generated/streams_pb.js';
import type { StoredEvent } from '../engine/stored-event.js';

/** Which events a read or subscription delivers, and how often a filtered one reports progress. */
export interface EventFilter {
  readonly matches: (event: StoredEvent) => boolean;
  /** Events considered (delivered or not) between two checkpoints; undefined when unfiltered. */
  readonly checkpointEvery: number | undefined;
}

const everything: EventFilter = { matches: () => true, checkpointEvery: undefined };

/** The server's default search window when the client asks for `count` instead of `max`. */
const defaultWindow = 32;

/**
 * A stream-name or event-type filter: a list of prefixes, or a regular expression matched
 * anywhere in the name (as .NET's `Regex.IsMatch` does; simple expressions mean the same in JS).
 */
export const filterOf = (options: ReadReq.Options): EventFilter => {
  const filter = options.getFilter();
  if (!options.hasFilter() || filter === undefined) return everything;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  if (expression === undefined) return everything;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex();
  const pattern = regex.length > 0 ? new RegExp(regex) : undefined;
  const test = (text: string): boolean =>
    prefixes.length > 0 ? prefixes.some((prefix) => text.startsWith(prefix)) : (pattern?.test(text) ?? true);
  const window = filter.hasMax() ? filter.getMax() : defaultWindow;
  const multiplier = Math.max(1, filter.getCheckpointintervalmultiplier());
  return {
    matches: (event) => test(onStream ? event.streamName : event.type),
    checkpointEvery: Math.max(1, window * multiplier),
  };
};
