import type { Status } from '@eventstore/db-client/generated/status_pb.js';
import type { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb.js';
import type { handleBidiStreamingCall, ServerErrorResponse } from '@grpc/grpc-js';
import type { StandInLog } from '../engine/stand-in-log.js';
import type { CurrentState, ExpectedState, ProposedEvent } from '../engine/stored-event.js';
import type { FaultPlan } from '../faults.js';
import { streamIdentifierOf, streamNameOf, uuidOf, uuidText } from './convert.js';
import { pb } from './protobuf.js';
import { isFailure, proposedEventOf } from './requests.js';
import { lostResponseFailure } from './status-errors.js';

interface PendingBatch {
  readonly streamName: string;
  readonly expected: ExpectedState;
  readonly events: ProposedEvent[];
}

const expectedOfBatch = (options: BatchAppendReq.Options): ExpectedState | undefined => {
  if (options.hasStreamPosition()) return BigInt(options.getStreamPosition());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasAny()) return 'any';
  if (options.hasStreamExists()) return 'stream_exists';
  return undefined;
};

/** A google.rpc.Status whose details pack one of the server's error messages. */
const statusOf = (code: number, message: string, detail: Uint8Array, typeName: string): Status => {
  const details = new pb.Any();
  details.pack(detail, typeName);
  return new pb.Status().setCode(code).setMessage(message).setDetails(details);
};

const wrongExpectedVersionStatus = (expected: ExpectedState, current: CurrentState): Status => {
  const wrong = new pb.SharedWrongExpectedVersion();
  if (current === 'no_stream') wrong.setCurrentNoStream(new pb.GoogleEmpty());
  else wrong.setCurrentStreamRevision(current.toString());
  if (expected === 'any') wrong.setExpectedAny(new pb.GoogleEmpty());
  else if (expected === 'no_stream') wrong.setExpectedNoStream(new pb.GoogleEmpty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new pb.GoogleEmpty());
  else wrong.setExpectedStreamPosition(expected.toString());
  return statusOf(
    pb.Code.FAILED_PRECONDITION,
    'Append failed due to WrongExpectedVersion.',
    wrong.serializeBinary(),
    'event_store.client.WrongExpectedVersion',
  );
};

const streamDeletedStatus = (streamName: string): Status =>
  statusOf(
    pb.Code.FAILED_PRECONDITION,
    `Event stream '${streamName}' is deleted.`,
    new pb.StreamDeleted().setStreamIdentifier(streamIdentifierOf(streamName)).serializeBinary(),
    'event_store.client.StreamDeleted',
  );

/** The answer to one batch; it must name the stream, which the client reads on failures. */
const answer = (log: StandInLog, correlationId: string, batch: PendingBatch): BatchAppendResp => {
  const response = new pb.BatchAppendResp()
    .setCorrelationId(uuidOf(correlationId, 'string'))
    .setStreamIdentifier(streamIdentifierOf(batch.streamName));
  const { expected } = batch;
  if (expected === 'any') response.setAny(new pb.GoogleEmpty());
  else if (expected === 'no_stream') response.setNoStream(new pb.GoogleEmpty());
  else if (expected === 'stream_exists') response.setStreamExists(new pb.GoogleEmpty());
  else response.setStreamPosition(expected.toString());
  const outcome = log.append(batch.streamName, expected, batch.events);
  switch (outcome.kind) {
    case 'stream-deleted':
      return response.setError(streamDeletedStatus(batch.streamName));
    case 'wrong-expected-version':
      return response.setError(wrongExpectedVersionStatus(expected, outcome.current));
    default: {
      const success = new pb.BatchAppendResp.Success();
      if (outcome.current === 'no_stream') success.setNoStream(new pb.GoogleEmpty());
      else success.setCurrentRevision(outcome.current.toString());
      if (outcome.last === undefined) success.setNoPosition(new pb.GoogleEmpty());
      else {
        const position = outcome.last.position.toString();
        success.setPosition(
          new pb.AllStreamPosition().setCommitPosition(position).setPreparePosition(position),
        );
      }
      return response.setSuccess(success);
    }
  }
};

/**
 * `Streams.BatchAppend`: one long-lived bidirectional call carrying many appends, each keyed by
 * a correlation id, its options on the first chunk and `is_final` on the last. Every batch gets
 * exactly one answer; failures are answers (a Status with packed details), not call failures.
 */
export const batchAppendHandler =
  (log: StandInLog, faults: FaultPlan): handleBidiStreamingCall<BatchAppendReq, BatchAppendResp> =>
  (call) => {
    const pending = new Map<string, PendingBatch>();
    const fail = (failure: ServerErrorResponse) => call.emit('error', failure);
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = uuidText(request.getCorrelationId());
      if (correlationId === undefined) return;
      let batch = pending.get(correlationId);
      if (batch === undefined) {
        const options = request.getOptions();
        const streamName = options === undefined ? undefined : streamNameOf(options.getStreamIdentifier());
        const expected = options === undefined ? undefined : expectedOfBatch(options);
        if (streamName === undefined || expected === undefined) return;
        batch = { streamName, expected, events: [] };
        pending.set(correlationId, batch);
      }
      for (const message of request.getProposedMessagesList()) {
        const event = proposedEventOf(message);
        if (isFailure(event)) {
          pending.delete(correlationId);
          fail(event);
          return;
        }
        batch.events.push(event);
      }
      if (!request.getIsFinal()) return;
      pending.delete(correlationId);
      const response = answer(log, correlationId, batch);
      if (response.hasSuccess() && faults.takeLostResponse(batch.streamName)) fail(lostResponseFailure());
      else call.write(response);
    });
    call.on('end', () => call.end());
    call.on('error', () => pending.clear());
  };
