import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
import type { handleServerStreamingCall } from '@grpc/grpc-js';
import type { StandInLog } from '../engine/stand-in-log.js';
import type { UuidFormat } from './convert.js';
import { filterOf } from './filter.js';
import { pb } from './protobuf.js';
import { readAllOnce, readStreamOnce } from './read-once.js';
import { badRequestFailure } from './status-errors.js';
import { type LiveCalls, subscribeToAll, subscribeToStream } from './subscribe.js';

/** Counts travel as uint64 strings; anything past the safe integers means "all". */
const countOf = (options: ReadReq.Options): number => {
  const count = BigInt(options.getCount());
  return count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(count);
};

/** `Streams.Read`: one-shot reads and subscriptions, of one stream or of `$all`. */
export const readHandler =
  (log: StandInLog, live: LiveCalls): handleServerStreamingCall<ReadReq, ReadResp> =>
  (call) => {
    const options = call.request.getOptions();
    if (options === undefined) {
      call.emit('error', badRequestFailure('A read needs options.'));
      return;
    }
    const format: UuidFormat = options.getUuidOption()?.hasStructured() === true ? 'structured' : 'string';
    const filter = filterOf(options);
    const stream = options.getStream();
    const all = options.getAll();
    if (options.hasSubscription()) {
      if (stream !== undefined) subscribeToStream(log, live, call, stream, { format, filter });
      else if (all !== undefined) subscribeToAll(log, live, call, all, { format, filter });
      else call.emit('error', badRequestFailure('A subscription needs a stream or $all.'));
      return;
    }
    const settings = {
      format,
      filter,
      backwards: options.getReadDirection() === pb.ReadReq.Options.ReadDirection.BACKWARDS,
      count: countOf(options),
    };
    if (stream !== undefined) readStreamOnce(log, call, stream, settings);
    else if (all !== undefined) readAllOnce(log, call, all, settings);
    else call.emit('error', badRequestFailure('A read needs a stream or $all.'));
  };
