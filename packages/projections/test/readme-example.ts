// README:start
import { decodeRecordedClaimEvent, instantFromMillis, parcelStreamPrefix } from '@parcel-claims/core';
import { type EventStore, memoryProjectionSink, projectionRunner } from '@parcel-claims/eventsourcing';
import {
  claimProjection,
  listOutstandingDocuments,
  outstandingDocuments,
  payoutSla,
  payoutSlaWatch,
} from '@parcel-claims/projections';

/** Keeps two read models live over a store until `stop` is called. */
export const watchClaims = async (store: EventStore) => {
  const documents = memoryProjectionSink(claimProjection(outstandingDocuments));
  const payouts = memoryProjectionSink(claimProjection(payoutSlaWatch));
  const runners = [
    projectionRunner({
      store,
      sink: documents,
      name: 'outstanding-documents',
      filter: { streamPrefix: parcelStreamPrefix },
    }),
    projectionRunner({
      store,
      sink: payouts,
      name: 'payout-sla-watch',
      filter: { streamPrefix: parcelStreamPrefix },
      decode: decodeRecordedClaimEvent, // an undecodable event stops the runner, naming it
    }),
  ];
  await Promise.all(runners.map((runner) => runner.start())); // resolves once caught up
  return {
    // Read models have no clock: "overdue" is judged at the instant the caller passes.
    overdueDocuments: (nowMillis: number) =>
      listOutstandingDocuments(documents.readModel(), {
        asOf: instantFromMillis(nowMillis),
        overdueOnly: true,
      }),
    payoutSla: () => payoutSla(payouts.readModel()),
    stop: () => Promise.all(runners.map((runner) => runner.stop())),
  };
};
// README:end
