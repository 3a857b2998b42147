import type { AppendReq, AppendResp } from '@eventstore/db-client/generated/streams_pb.js';
import type { handleClientStreamingCall, ServerErrorResponse } from '@grpc/grpc-js';
import type { StandInLog } from '../engine/stand-in-log.js';
import type { CurrentState, ExpectedState, ProposedEvent } from '../engine/stored-event.js';
import type { WriteOutcome } from '../engine/write-outcome.js';
import type { FaultPlan } from '../faults.js';
import { streamNameOf } from './convert.js';
import { pb } from './protobuf.js';
import { expectedStateOf, isFailure, proposedEventOf } from './requests.js';
import { badRequestFailure, lostResponseFailure, streamDeletedFailure } from './status-errors.js';

const wrongExpectedVersionResponse = (expected: ExpectedState, current: CurrentState): AppendResp => {
  const wrong = new pb.AppendResp.WrongExpectedVersion();
  if (current === 'no_stream') wrong.setCurrentNoStream(new pb.Empty());
  else wrong.setCurrentRevision(current.toString());
  if (expected === 'any') wrong.setExpectedAny(new pb.Empty());
  else if (expected === 'no_stream') wrong.setExpectedNoStream(new pb.Empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new pb.Empty());
  else wrong.setExpectedRevision(expected.toString());
  return new pb.AppendResp().setWrongExpectedVersion(wrong);
};

const successResponse = (outcome: Extract<WriteOutcome, { kind: 'written' | 'idempotent' }>): AppendResp => {
  const success = new pb.AppendResp.Success();
  if (outcome.current === 'no_stream') success.setNoStream(new pb.Empty());
  else success.setCurrentRevision(outcome.current.toString());
  if (outcome.last === undefined) success.setNoPosition(new pb.Empty());
  else {
    const position = outcome.last.position.toString();
    success.setPosition(
      new pb.AppendResp.Position().setCommitPosition(position).setPreparePosition(position),
    );
  }
  return new pb.AppendResp().setSuccess(success);
};

/**
 * `Streams.Append`: options first, then one proposed message per event, then one answer. A wrong
 * expected version is an answer, not a call failure; a deleted stream is a call failure.
 */
export const appendHandler =
  (log: StandInLog, faults: FaultPlan): handleClientStreamingCall<AppendReq, AppendResp> =>
  (call, callback) => {
    let streamName: string | undefined;
    let expected: ExpectedState | undefined;
    const events: ProposedEvent[] = [];
    let failure: ServerErrorResponse | undefined;
    call.on('data', (request: AppendReq) => {
      if (failure !== undefined) return;
      const options = request.getOptions();
      const proposed = request.getProposedMessage();
      if (streamName === undefined) {
        streamName = options === undefined ? undefined : streamNameOf(options.getStreamIdentifier());
        expected = options === undefined ? undefined : expectedStateOf(options);
        if (streamName === undefined || expected === undefined) {
          failure = badRequestFailure('The first append request must carry the options.');
        }
      } else if (proposed !== undefined) {
        const event = proposedEventOf(proposed);
        if (isFailure(event)) failure = event;
        else events.push(event);
      } else {
        failure = badRequestFailure('Expected a proposed message.');
      }
    });
    call.on('end', () => {
      if (failure !== undefined || streamName === undefined || expected === undefined) {
        callback(failure ?? badRequestFailure('The append carried no options.'));
        return;
      }
      const outcome = log.append(streamName, expected, events);
      switch (outcome.kind) {
        case 'stream-deleted':
          callback(streamDeletedFailure(streamName));
          return;
        case 'wrong-expected-version':
          callback(null, wrongExpectedVersionResponse(expected, outcome.current));
          return;
        default:
          if (faults.takeLostResponse(streamName)) callback(lostResponseFailure());
          else callback(null, successResponse(outcome));
      }
    });
  };
