import { type EventStore, type ProjectionRunner, projectionRunner } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import { sqlClaimReadModels, sqlClaimSink } from '@parcel-claims/projections/sql';
import { parcelStreamPrefix } from '@parcel-claims/service';

/** The five read models in PostgreSQL, kept up to date from the store. */
export const claimReadModels = async (store: EventStore, executor: SqlExecutor, schema: string) => {
  const sql = sqlClaimReadModels({ schema });
  const models = {
    board: sql['claims-board'],
    documents: sql['outstanding-documents'],
    payouts: sql['payout-sla-watch'],
    sellers: sql['seller-statistics'],
    carriers: sql['carrier-loss-statistics'],
  };
  const runners: ProjectionRunner[] = [];
  for (const [name, model] of Object.entries(models)) {
    await model.createTables(executor);
    const sink = sqlClaimSink({ executor, model, name, checkpointSchema: schema });
    runners.push(projectionRunner({ store, sink, name, filter: { streamPrefix: parcelStreamPrefix } }));
  }
  let latest: Promise<unknown> = Promise.resolve();
  /**
   * Brings every read model up to the head of the log before a query answers, so a client reads
   * its own writes; one refresh at a time (a runner runs one catch-up at a time).
   */
  const refresh = (): Promise<unknown> => {
    latest = latest.then(() => Promise.all(runners.map((runner) => runner.catchUp())));
    return latest;
  };
  return { ...models, executor, refresh };
};

export type ClaimReadModels = Awaited<ReturnType<typeof claimReadModels>>;
