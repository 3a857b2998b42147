import { type EventStore, projectionRunner } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import { sqlClaimReadModelNames, sqlClaimReadModels, sqlClaimSink } from '@parcel-claims/projections/sql';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress.js';

/** The read models `rebuild` knows, by the name their checkpoints are kept under. */
export const readModelNames: readonly string[] = sqlClaimReadModelNames;

const isReadModelName = (name: string): name is (typeof sqlClaimReadModelNames)[number] =>
  sqlClaimReadModelNames.some((known) => known === name);

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
  if (projection !== 'all' && !isReadModelName(projection)) {
    io.stderr.write(
      `parcel-claims rebuild: unknown projection ${projection}; one of: ${[...readModelNames, 'all'].join(', ')}\n`,
    );
    return exitCodes.failure;
  }
  const models = sqlClaimReadModels({ schema: database.schema });
  for (const name of projection === 'all' ? sqlClaimReadModelNames : [projection]) {
    const model = models[name];
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
