import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
import type { StandInLog } from '../engine/stand-in-log.js';
import type { StoredEvent } from '../engine/stored-event.js';
import type { ReadCall } from './call-writer.js';
import { readEventOf, streamNameOf, type UuidFormat } from './convert.js';
import type { EventFilter } from './filter.js';
import { caughtUpResponse, checkpointResponse, confirmationResponse } from './responses.js';
import { badRequestFailure, invalidPositionFailure, streamDeletedFailure } from './status-errors.js';

/** Where a subscription is: what it has passed, and what comes next. */
interface Cursor {
  /** The events after the cursor, in order, at most `limit`; undefined when the source is gone. */
  readonly next: (limit: number) => readonly StoredEvent[] | undefined;
  readonly advance: (event: StoredEvent) => void;
}

/** Live subscriptions of the running server, ended when it stops. */
export interface LiveCalls {
  readonly track: (end: () => void) => () => void;
}

const pageSize = 256;

/**
 * Runs a subscription: confirmation, the stored events after the start, caught-up, then live
 * events as they are written. Catch-up and live are one loop over a cursor that is re-run after
 * every write, so the switch can neither skip nor repeat an event.
 */
const run = (
  log: StandInLog,
  live: LiveCalls,
  call: ReadCall,
  cursor: Cursor,
  settings: { readonly format: UuidFormat; readonly filter: EventFilter; readonly streamName?: string },
): void => {
  let caughtUp = false;
  let considered = 0;
  let waitingForDrain = false;
  let ended = false;
  const write = (message: ReadResp): boolean => call.write(message);
  const pump = () => {
    if (ended || waitingForDrain) return;
    for (;;) {
      const batch = cursor.next(pageSize);
      if (batch === undefined) {
        stop();
        call.emit('error', streamDeletedFailure(settings.streamName ?? ''));
        return;
      }
      if (batch.length === 0) break;
      let full = false;
      for (const event of batch) {
        cursor.advance(event);
        considered += 1;
        if (settings.filter.matches(event)) full = !write(readEventOf(event, settings.format)) || full;
        const every = settings.filter.checkpointEvery;
        if (every !== undefined && considered % every === 0)
          full = !write(checkpointResponse(event.position)) || full;
      }
      if (full) {
        waitingForDrain = true;
        call.once('drain', () => {
          waitingForDrain = false;
          pump();
        });
        return;
      }
    }
    if (!caughtUp) {
      caughtUp = true;
      write(caughtUpResponse());
    }
  };
  const stopListening = log.onWrite(pump);
  const untrack = live.track(() => stop());
  const stop = () => {
    ended = true;
    stopListening();
    untrack();
  };
  call.on('cancelled', stop);
  call.on('close', stop);
  call.on('error', stop);
  write(confirmationResponse());
  pump();
};

/** A subscription to one stream, from a revision (exclusive), its start or its end. */
export const subscribeToStream = (
  log: StandInLog,
  live: LiveCalls,
  call: ReadCall,
  options: ReadReq.Options.StreamOptions,
  settings: { readonly format: UuidFormat; readonly filter: EventFilter },
): void => {
  const streamName = streamNameOf(options.getStreamIdentifier());
  if (streamName === undefined) {
    call.emit('error', badRequestFailure('A stream subscription needs a stream name.'));
    return;
  }
  const visible = () => log.readStream(streamName);
  const initial = visible();
  if (initial.kind === 'deleted') {
    call.emit('error', streamDeletedFailure(streamName));
    return;
  }
  let after = options.hasRevision() ? BigInt(options.getRevision()) : -1n;
  if (options.hasEnd()) {
    const events = initial.kind === 'found' ? initial.events : [];
    after = events[events.length - 1]?.revision ?? -1n;
  }
  const cursor: Cursor = {
    next: (limit) => {
      const now = visible();
      if (now.kind === 'deleted') return undefined;
      if (now.kind === 'not-found') return [];
      return now.events.filter((event) => event.revision > after).slice(0, limit);
    },
    advance: (event) => {
      after = event.revision;
    },
  };
  run(log, live, call, cursor, { ...settings, streamName });
};

/** A subscription to `$all`, from a position (exclusive), the start or the end. */
export const subscribeToAll = (
  log: StandInLog,
  live: LiveCalls,
  call: ReadCall,
  options: ReadReq.Options.AllOptions,
  settings: { readonly format: UuidFormat; readonly filter: EventFilter },
): void => {
  let index = options.hasEnd() ? log.events().length : 0;
  const position = options.getPosition();
  if (options.hasPosition() && position !== undefined) {
    const commit = BigInt(position.getCommitPosition());
    if (!log.isRecordBoundary(commit) || BigInt(position.getPreparePosition()) !== commit) {
      call.emit('error', invalidPositionFailure());
      return;
    }
    index = log.indexAfter(commit);
  }
  const cursor: Cursor = {
    next: (limit) => log.events().slice(index, index + limit),
    advance: () => {
      index += 1;
    },
  };
  run(log, live, call, cursor, settings);
};
