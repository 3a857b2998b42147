import type { SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb.js';
import type { Empty } from '@eventstore/db-client/generated/shared_pb.js';
import type { handleUnaryCall } from '@grpc/grpc-js';
import { pb } from './protobuf.js';

const streamsService = 'event_store.client.streams.Streams';

/**
 * `ServerFeatures.GetSupportedMethods`. The client calls it once per connection; advertising
 * `BatchAppend` makes it append through that method instead of `Append`.
 */
export const supportedMethodsHandler =
  (options: {
    readonly batchAppend: boolean;
    readonly serverVersion: string;
  }): handleUnaryCall<Empty, SupportedMethods> =>
  (_call, callback) => {
    const methods = [
      'read',
      'append',
      'delete',
      'tombstone',
      ...(options.batchAppend ? ['batchappend'] : []),
    ];
    const supported = new pb.SupportedMethods().setEventStoreServerVersion(options.serverVersion);
    for (const method of methods) {
      supported.addMethods(new pb.SupportedMethod().setServiceName(streamsService).setMethodName(method));
    }
    // Persistent subscriptions: on streams and, since 21.10, on `$all` (the "all" feature).
    for (const method of ['create', 'read']) {
      supported.addMethods(
        new pb.SupportedMethod()
          .setServiceName('event_store.client.persistent_subscriptions.PersistentSubscriptions')
          .setMethodName(method)
          .setFeaturesList(['stream', 'all']),
      );
    }
    supported.addMethods(
      new pb.SupportedMethod()
        .setServiceName('event_store.client.server_features.ServerFeatures')
        .setMethodName('getsupportedmethods'),
    );
    callback(null, supported);
  };
