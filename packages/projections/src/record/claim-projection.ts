import type { ProjectionDefinition } from '@parcel-claims/eventsourcing';
import type { ClaimReadModel } from './claim-read-model.js';
import { type ClaimEventDecoder, decodeClaimRecord } from './decode-claim-record.js';

/**
 * A claim read model as a kernel `ProjectionDefinition` over recorded events, for
 * `memoryProjectionSink`: each event is decoded (an undecodable one throws, so the runner stops
 * at it or parks it), and a batch is folded in one `applyAll`.
 *
 * @example
 * const sink = memoryProjectionSink(claimProjection(claimsBoard));
 * await projectionRunner({ store, sink, name: 'claims-board', filter: { streamPrefix: 'parcel-' } }).catchUp();
 * listClaims(sink.readModel(), { status: 'accepted' });
 */
export const claimProjection = <ReadModel>(
  model: ClaimReadModel<ReadModel>,
  decode?: ClaimEventDecoder,
): ProjectionDefinition<ReadModel> => ({
  initial: model.initial,
  apply: (readModel, event) => model.applyAll(readModel, [decodeClaimRecord(event, decode)]),
  applyBatch: (readModel, events) =>
    model.applyAll(
      readModel,
      events.map((event) => decodeClaimRecord(event, decode)),
    ),
});
