import { type EventStore, projectionRunner } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import {
  type SqlClaimReadModel,
  sqlCarrierLossStatistics,
  sqlClaimSink,
  sqlClaimsBoard,
  sqlOutstandingDocuments,
  sqlPayoutSlaWatch,
  sqlSellerStatistics,
} from '@parcel-claims/projections/sql';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress.js';

/** The read models `rebuild` knows, by the name their checkpoints are kept under. */
export const readModels: Readonly<Record<string, (schema: string) => SqlClaimReadModel>> = {
  'claims-board': (schema) => sqlClaimsBoard({ schema }),
  'outstanding-documents': (schema) => sqlOutstandingDocuments({ schema }),
  'payout-sla-watch': (schema) => sqlPayoutSlaWatch({ schema }),
  'seller-statistics': (schema) => sqlSellerStatistics({ schema }),
  'carrier-loss-statistics': (schema) => sqlCarrierLossStatistics({ schema }),
};

/** Where the read models are kept: a SQL connection and its schema. */
export interface ReadModelDatabase {
  readonly executor: SqlExecutor;
  readonly schema: string;
}

/**
 * `rebuild <projection>` (or `all`): empties a read model and replays every parcel stream into it,
 * with a progress bar, events per second and an ETA; prints what it handled.
 */
export const rebuildCommand = async (
  store: EventStore,
  database: ReadModelDatabase,
  io: CliIo,
  projection: string,
): Promise<number> => {
  const names = projection === 'all' ? Object.keys(readModels) : [projection];
  const unknown = names.filter((name) => readModels[name] === undefined);
  if (unknown.length > 0) {
    io.stderr.write(
      `parcel-claims rebuild: unknown projection ${unknown.join(', ')}; one of: ${[...Object.keys(readModels), 'all'].join(', ')}\n`,
    );
    return exitCodes.failure;
  }
  for (const name of names) {
    const create = readModels[name];
    if (create === undefined) continue;
    const model = create(database.schema);
    await model.createTables(database.executor);
    const progress = progressBar(io, name, 'events');
    const runner = projectionRunner({
      store,
      sink: sqlClaimSink({ executor: database.executor, model, name, checkpointSchema: database.schema }),
      name,
      filter: { streamPrefix: parcelStreamPrefix },
      onProgress: (p) => progress.update(p.done, p.total),
      clock: io.now,
    });
    const result = await runner.rebuild();
    const rate = progress.stop();
    io.stdout.write(
      `Rebuilt ${name}: ${result.handled} event(s), checkpoint ${result.checkpoint} (${Math.round(rate)} events/s).\n`,
    );
  }
  return exitCodes.ok;
};
