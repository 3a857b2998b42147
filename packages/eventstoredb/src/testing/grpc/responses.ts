import { randomUUID } from 'node:crypto';
import type { ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
import { streamIdentifierOf } from './convert.js';
import { pb } from './protobuf.js';

export const confirmationResponse = (): ReadResp =>
  new pb.ReadResp().setConfirmation(
    new pb.ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID()),
  );

export const caughtUpResponse = (): ReadResp => new pb.ReadResp().setCaughtUp(new pb.ReadResp.CaughtUp());

export const checkpointResponse = (position: bigint): ReadResp =>
  new pb.ReadResp().setCheckpoint(
    new pb.ReadResp.Checkpoint()
      .setCommitPosition(position.toString())
      .setPreparePosition(position.toString()),
  );

export const streamNotFoundResponse = (streamName: string): ReadResp =>
  new pb.ReadResp().setStreamNotFound(
    new pb.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifierOf(streamName)),
  );
