import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import { credentials, makeGenericClientConstructor } from '@grpc/grpc-js';
import { StreamsService } from '../../src/testing/grpc/protobuf.js';

/** One event exactly as bytes on the wire: what a foreign or broken writer could store. */
export interface RawEvent {
  readonly eventId: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: string;
  readonly metadata: string;
}

const bytes = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf8'));

/**
 * Appends events with `Streams.Append` over a bare gRPC channel, bypassing the client's JSON
 * encoding, so the stored bytes are exactly the given text. `address` is `host:port`.
 */
export const rawAppend = async (
  address: string,
  streamName: string,
  events: readonly RawEvent[],
): Promise<void> => {
  const Streams = makeGenericClientConstructor(StreamsService, 'Streams');
  const client = new Streams(address, credentials.createInsecure());
  try {
    await new Promise<void>((resolve, reject) => {
      const call = client.makeClientStreamRequest(
        '/event_store.client.streams.Streams/Append',
        (request: streamsPb.AppendReq) => Buffer.from(request.serializeBinary()),
        (buffer: Buffer) => streamsPb.AppendResp.deserializeBinary(new Uint8Array(buffer)),
        (error: Error | null) => (error === null ? resolve() : reject(error)),
      );
      const options = new streamsPb.AppendReq.Options()
        .setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(bytes(streamName)))
        .setAny(new sharedPb.Empty());
      call.write(new streamsPb.AppendReq().setOptions(options));
      for (const event of events) {
        const message = new streamsPb.AppendReq.ProposedMessage()
          .setId(new sharedPb.UUID().setString(event.eventId))
          .setData(bytes(event.data))
          .setCustomMetadata(bytes(event.metadata));
        message.getMetadataMap().set('type', event.type).set('content-type', event.contentType);
        call.write(new streamsPb.AppendReq().setProposedMessage(message));
      }
      call.end();
    });
  } finally {
    client.close();
  }
};
