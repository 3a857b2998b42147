// The claim read models' batch writer as the multi-process tests' workers use it: each batch also
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
