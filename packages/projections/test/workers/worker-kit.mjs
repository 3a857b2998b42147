// What the multi-process tests' workers share. The claim read models' batch writer: each batch also
// records, in its own transaction, which events it applied (table `applications`, one row per event
// and batch), and waits `pauseMs` inside the transaction so that a kill lands in the middle of the run.
import {
  sqlClaimReadModelNames,
  sqlClaimReadModels,
  sqlClaimReadModelsWriter,
} from '@parcel-claims/projections/sql';

export const recordingWriter = (schema, worker, pauseMs) => {
  const models = sqlClaimReadModels({ schema });
  const [first, ...rest] = sqlClaimReadModelNames.map((name) => ({ name, model: models[name] }));
  const writer = sqlClaimReadModelsWriter({ models: [first, ...rest] });
  return {
    names: writer.names,
    applyBatch: async (tx, pending) => {
      const ids = (pending[0]?.events ?? []).map((event) => event.eventId);
      await tx.query(
        `INSERT INTO "${schema}".applications (event_id, worker) SELECT json_array_elements_text($1::json), $2::text`,
        [JSON.stringify(ids), worker],
      );
      await writer.applyBatch(tx, pending);
      if (pauseMs > 0) await tx.query('SELECT pg_sleep($1::double precision)', [pauseMs / 1000]);
    },
  };
};

/** One JSON object a line on standard output: what the tests read. */
export const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

/**
 * Runs a started worker until its standard input ends, then stops it, closes what it used and
 * says {"stopped":name}; a worker that fails says {"failed":…} and exits with 1.
 */
export const runUntilInputEnds = (worker, name, close) => {
  process.stdin.on('end', async () => {
    await worker.stop();
    await close();
    say({ stopped: name });
    process.exit(0);
  });
  process.stdin.resume();
  worker.finished().catch((error) => {
    say({ failed: String(error) });
    process.exit(1);
  });
};
