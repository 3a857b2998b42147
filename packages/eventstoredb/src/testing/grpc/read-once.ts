import type { ReadReq } from '@eventstore/db-client/generated/streams_pb.js';
import type { StandInLog } from '../engine/stand-in-log.js';
import type { StoredEvent } from '../engine/stored-event.js';
import { type ReadCall, writeAll } from './call-writer.js';
import { readEventOf, streamNameOf, type UuidFormat } from './convert.js';
import type { EventFilter } from './filter.js';
import { streamNotFoundResponse } from './responses.js';
import { badRequestFailure, invalidPositionFailure, streamDeletedFailure } from './status-errors.js';

export interface ReadSettings {
  readonly format: UuidFormat;
  readonly filter: EventFilter;
  readonly backwards: boolean;
  readonly count: number;
}

const send = (call: ReadCall, events: Iterable<StoredEvent>, settings: ReadSettings) => {
  const iterator = events[Symbol.iterator]();
  let sent = 0;
  writeAll(
    call,
    () => {
      while (sent < settings.count) {
        const next = iterator.next();
        if (next.done === true) return undefined;
        if (settings.filter.matches(next.value)) {
          sent += 1;
          return readEventOf(next.value, settings.format);
        }
      }
      return undefined;
    },
    () => call.end(),
  );
};

function* ascending(events: readonly StoredEvent[], from: number): Generator<StoredEvent> {
  for (let index = Math.max(0, from); index < events.length; index += 1) {
    const event = events[index];
    if (event !== undefined) yield event;
  }
}

function* descending(events: readonly StoredEvent[], from: number): Generator<StoredEvent> {
  for (let index = from; index >= 0; index -= 1) {
    const event = events[index];
    if (event !== undefined) yield event;
  }
}

/**
 * Reads one stream. A missing stream is a `stream_not_found` message and a normal end; a
 * tombstoned one fails the call. Backwards past the end starts at the last event.
 */
export const readStreamOnce = (
  log: StandInLog,
  call: ReadCall,
  options: ReadReq.Options.StreamOptions,
  settings: ReadSettings,
): void => {
  const streamName = streamNameOf(options.getStreamIdentifier());
  if (streamName === undefined) {
    call.emit('error', badRequestFailure('A stream read needs a stream name.'));
    return;
  }
  const found = log.readStream(streamName);
  if (found.kind === 'deleted') {
    call.emit('error', streamDeletedFailure(streamName));
    return;
  }
  if (found.kind === 'not-found') {
    call.write(streamNotFoundResponse(streamName));
    call.end();
    return;
  }
  const { events } = found;
  const first = events[0]?.revision ?? 0n;
  const last = first + BigInt(events.length) - 1n;
  let requested: bigint;
  if (options.hasRevision()) requested = BigInt(options.getRevision());
  else if (options.hasEnd()) requested = settings.backwards ? last : last + 1n;
  else requested = settings.backwards ? 0n : first;
  if (settings.backwards) {
    const from = requested > last ? last : requested;
    send(call, descending(events, Number(from - first)), settings);
  } else {
    const from = requested < first ? first : requested;
    send(call, ascending(events, Number(from - first)), settings);
  }
};

/**
 * Reads `$all` from a position: forwards from it inclusive, backwards from just before it. A
 * position that is not the start of a record is refused, as the server refuses it.
 */
export const readAllOnce = (
  log: StandInLog,
  call: ReadCall,
  options: ReadReq.Options.AllOptions,
  settings: ReadSettings,
): void => {
  const position = options.getPosition();
  const events = log.events();
  let index: number;
  if (options.hasPosition() && position !== undefined) {
    const commit = BigInt(position.getCommitPosition());
    if (!log.isRecordBoundary(commit) || BigInt(position.getPreparePosition()) !== commit) {
      call.emit('error', invalidPositionFailure());
      return;
    }
    index = log.indexFrom(commit);
  } else {
    index = options.hasEnd() ? events.length : 0;
  }
  if (settings.backwards) send(call, descending(events, index - 1), settings);
  else send(call, ascending(events, index), settings);
};
