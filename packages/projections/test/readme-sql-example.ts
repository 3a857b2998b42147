// README:start
import { parcelStreamPrefix } from '@parcel-claims/core';
import { type EventStore, projectionRunner } from '@parcel-claims/eventsourcing';
import { migrate, type SqlExecutor } from '@parcel-claims/postgres';
import { sqlClaimSink, sqlClaimsBoard } from '@parcel-claims/projections/sql';

/** Brings the claims board in `schema` up to date with the store, then lists the accepted claims. */
export const acceptedClaims = async (store: EventStore, executor: SqlExecutor, schema: string) => {
  await migrate(executor, { schema }); // the checkpoint table
  const board = sqlClaimsBoard({ schema });
  await board.createTables(executor); // idempotent: safe at every start
  const sink = sqlClaimSink({ executor, model: board, name: 'claims-board' });
  const runner = projectionRunner({
    store,
    sink,
    name: 'claims-board',
    filter: { streamPrefix: parcelStreamPrefix },
  });
  await runner.catchUp(); // each batch and its checkpoint in one transaction
  return board.listClaims(executor, { status: 'accepted' });
};
// README:end
