// The generated google-protobuf modules are CommonJS that export through `goog.object.extend`,
// which Node cannot see as named exports; their default export is the whole module. They must be
// the very modules the client's service definitions require, since grpc-js checks each message
// with instanceof before serialising it; one installed copy of the client guarantees that.
import codePb from '@eventstore/db-client/generated/code_pb.js';
import gossipPb from '@eventstore/db-client/generated/gossip_pb.js';
import serverFeaturesPb from '@eventstore/db-client/generated/serverfeatures_pb.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import statusPb from '@eventstore/db-client/generated/status_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import anyPb from 'google-protobuf/google/protobuf/any_pb.js';
import emptyPb from 'google-protobuf/google/protobuf/empty_pb.js';

export { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb.js';
export { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
export { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb.js';

/** The message classes the stand-in builds, from the client's own generated code. */
export const pb = {
  Any: anyPb.Any,
  Code: codePb.Code,
  Empty: sharedPb.Empty,
  GoogleEmpty: emptyPb.Empty,
  UUID: sharedPb.UUID,
  StreamIdentifier: sharedPb.StreamIdentifier,
  AllStreamPosition: sharedPb.AllStreamPosition,
  SharedWrongExpectedVersion: sharedPb.WrongExpectedVersion,
  StreamDeleted: sharedPb.StreamDeleted,
  Status: statusPb.Status,
  ClusterInfo: gossipPb.ClusterInfo,
  MemberInfo: gossipPb.MemberInfo,
  GossipEndPoint: gossipPb.EndPoint,
  SupportedMethod: serverFeaturesPb.SupportedMethod,
  SupportedMethods: serverFeaturesPb.SupportedMethods,
  ReadReq: streamsPb.ReadReq,
  ReadResp: streamsPb.ReadResp,
  AppendResp: streamsPb.AppendResp,
  BatchAppendResp: streamsPb.BatchAppendResp,
  DeleteResp: streamsPb.DeleteResp,
  TombstoneResp: streamsPb.TombstoneResp,
};
