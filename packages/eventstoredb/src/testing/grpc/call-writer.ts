import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
import type { ServerWritableStream } from '@grpc/grpc-js';

/** A server-streaming read call. */
export type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/**
 * Writes what `next` produces until it returns undefined, then calls `done`. When the call's
 * buffer is full it waits for 'drain', so a slow reader slows the writer instead of filling memory.
 */
export const writeAll = (call: ReadCall, next: () => ReadResp | undefined, done: () => void): void => {
  const step = () => {
    for (let message = next(); message !== undefined; message = next()) {
      if (!call.write(message)) {
        call.once('drain', step);
        return;
      }
    }
    done();
  };
  step();
};
