import type {
  DeleteReq,
  DeleteResp,
  TombstoneReq,
  TombstoneResp,
} from '@eventstore/db-client/generated/streams_pb.js';
import type { handleUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import type { StandInLog } from '../engine/stand-in-log.js';
import type { WriteOutcome } from '../engine/write-outcome.js';
import { streamNameOf } from './convert.js';
import { pb } from './protobuf.js';
import { expectedStateOf } from './requests.js';
import { badRequestFailure, streamDeletedFailure, wrongExpectedVersionFailure } from './status-errors.js';

type Remove = (
  log: StandInLog,
  streamName: string,
  expected: Parameters<StandInLog['append']>[1],
) => WriteOutcome;

/** Both deletes answer with the position of what they wrote, or fail like an append. */
const removal =
  <Request extends DeleteReq | TombstoneReq, Response>(
    remove: Remove,
    respond: (position: bigint | undefined) => Response,
  ) =>
  (log: StandInLog): handleUnaryCall<Request, Response> =>
  (call, callback: sendUnaryData<Response>) => {
    const options = call.request.getOptions();
    const streamName = options === undefined ? undefined : streamNameOf(options.getStreamIdentifier());
    const expected = options === undefined ? undefined : expectedStateOf(options);
    if (streamName === undefined || expected === undefined) {
      callback(badRequestFailure('A delete needs a stream and an expected revision.'));
      return;
    }
    const outcome = remove(log, streamName, expected);
    switch (outcome.kind) {
      case 'stream-deleted':
        callback(streamDeletedFailure(streamName));
        return;
      case 'wrong-expected-version':
        callback(wrongExpectedVersionFailure(streamName, expected, outcome.current));
        return;
      default:
        callback(null, respond(outcome.last?.position));
    }
  };

/** `Streams.Delete`: a soft delete. */
export const deleteHandler = removal<DeleteReq, DeleteResp>(
  (log, streamName, expected) => log.softDelete(streamName, expected),
  (position) =>
    position === undefined
      ? new pb.DeleteResp().setNoPosition(new pb.Empty())
      : new pb.DeleteResp().setPosition(
          new pb.DeleteResp.Position()
            .setCommitPosition(position.toString())
            .setPreparePosition(position.toString()),
        ),
);

/** `Streams.Tombstone`: a hard delete. */
export const tombstoneHandler = removal<TombstoneReq, TombstoneResp>(
  (log, streamName, expected) => log.tombstone(streamName, expected),
  (position) =>
    position === undefined
      ? new pb.TombstoneResp().setNoPosition(new pb.Empty())
      : new pb.TombstoneResp().setPosition(
          new pb.TombstoneResp.Position()
            .setCommitPosition(position.toString())
            .setPreparePosition(position.toString()),
        ),
);
