import { escapeForDisplay } from '@parcel-claims/audit';
import { type EventStore, projectionRunner } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import {
  sqlClaimReadModelNames,
  sqlClaimReadModels,
  sqlClaimReadModelsSink,
} from '@parcel-claims/projections/sql';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { type JsonFlag, printResult, usageError } from '../command-conventions.js';
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
 * `rebuild <projection>` (or `all`): empties a read model (or all five) and replays every parcel
 * stream into it in one pass, with a progress bar, events per second and an ETA; prints what it
 * handled, per read model.
 */
export const rebuildCommand = async (
  store: EventStore,
  database: ReadModelDatabase,
  io: CliIo,
  projection: string,
  flags: JsonFlag,
): Promise<number> => {
  if (projection !== 'all' && !isReadModelName(projection))
    return usageError(
      io,
      'rebuild',
      `unknown projection ${escapeForDisplay(projection)}; one of: ${[...readModelNames, 'all'].join(', ')}`,
    );
  const models = sqlClaimReadModels({ schema: database.schema });
  const names = projection === 'all' ? sqlClaimReadModelNames : [projection];
  const [first, ...rest] = names.map((name) => ({ name, model: models[name] }));
  if (first === undefined) return exitCodes.ok;
  for (const { model } of [first, ...rest]) await model.createTables(database.executor);
  // One pass over the log for all of them: each batch is written to every read model at once.
  const label = projection === 'all' ? 'all' : first.name;
  const progress = progressBar(io, label, 'events');
  const runner = projectionRunner({
    store,
    sink: sqlClaimReadModelsSink({
      executor: database.executor,
      models: [first, ...rest],
      checkpointSchema: database.schema,
    }),
    name: label,
    filter: { streamPrefix: parcelStreamPrefix },
    onProgress: (p) => progress.update(p.done, p.total),
    clock: io.now,
  });
  const result = await runner.rebuild();
  const rate = progress.stop();
  const rebuilt = [first, ...rest].map(({ name }) => ({
    name,
    events: result.handled,
    checkpoint: result.checkpoint,
  }));
  printResult(io, flags, {
    json: { readModels: rebuilt, eventsPerSecond: Math.round(rate) },
    text: () =>
      rebuilt.map(
        ({ name, events, checkpoint }) =>
          `Rebuilt ${name}: ${events} event(s), checkpoint ${checkpoint} (${Math.round(rate)} events/s).`,
      ),
  });
  return exitCodes.ok;
};
