import { type EventStore, projectionRunner } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import { sqlClaimReadModels, sqlClaimReadModelsSink } from '@parcel-claims/projections/sql';
import { parcelStreamPrefix } from '@parcel-claims/service';

/** The five read models in PostgreSQL, kept up to date from the store by one runner. */
export const claimReadModels = async (store: EventStore, executor: SqlExecutor, schema: string) => {
  const sql = sqlClaimReadModels({ schema });
  const models = {
    board: sql['claims-board'],
    documents: sql['outstanding-documents'],
    payouts: sql['payout-sla-watch'],
    sellers: sql['seller-statistics'],
    carriers: sql['carrier-loss-statistics'],
  };
  for (const model of Object.values(models)) await model.createTables(executor);
  // One pass over the log for all five: each batch is written to every read model at once.
  const sink = sqlClaimReadModelsSink({
    executor,
    checkpointSchema: schema,
    models: [
      { name: 'board', model: models.board },
      { name: 'documents', model: models.documents },
      { name: 'payouts', model: models.payouts },
      { name: 'sellers', model: models.sellers },
      { name: 'carriers', model: models.carriers },
    ],
  });
  const runner = projectionRunner({
    store,
    sink,
    name: 'claim-read-models',
    filter: { streamPrefix: parcelStreamPrefix },
  });
  let latest: Promise<unknown> = Promise.resolve();
  /**
   * Brings every read model up to the head of the log before a query answers, so a client reads
   * its own writes; one refresh at a time (a runner runs one catch-up at a time).
   */
  const refresh = (): Promise<unknown> => {
    latest = latest.then(() => runner.catchUp());
    return latest;
  };
  return { ...models, executor, refresh };
};

export type ClaimReadModels = Awaited<ReturnType<typeof claimReadModels>>;
