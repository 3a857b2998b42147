import type { ClusterInfo } from '@eventstore/db-client/generated/gossip_pb.js';
import type { Empty } from '@eventstore/db-client/generated/shared_pb.js';
import type { handleUnaryCall } from '@grpc/grpc-js';
import { pb } from './protobuf.js';

/** The stand-in's fixed member id: it is a cluster of one that never changes. */
const instanceId = 'b5c9a0a0-57a6-4f4c-9a7e-5eb0d1e2f300';

/**
 * `Gossip.Read`: a cluster of one alive leader, the stand-in itself, so `esdb+discover://` and
 * lists of seed nodes reach it the way they reach a real cluster. There is no election and no
 * second member: the answer never changes.
 */
export const gossipHandler =
  (self: { readonly address: string; readonly port: () => number }): handleUnaryCall<Empty, ClusterInfo> =>
  (_call, callback) => {
    const member = new pb.MemberInfo()
      .setInstanceId(new pb.UUID().setString(instanceId))
      .setTimeStamp('0')
      .setState(pb.MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new pb.GossipEndPoint().setAddress(self.address).setPort(self.port()));
    callback(null, new pb.ClusterInfo().setMembersList([member]));
  };
