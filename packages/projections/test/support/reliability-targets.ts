import { randomBytes } from 'node:crypto';
import { memoryProjectionSink, type ProjectionDefinition } from '@parcel-claims/eventsourcing';
import { migrate, type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import {
  type CrashHooks,
  crashingCheckpoints,
  type ProjectionTarget,
  type ProjectionTargets,
} from '@parcel-claims/testing';
import {
  type ClaimReadModel,
  carrierLossStatistics,
  claimProjection,
  claimsBoard,
  outstandingDocuments,
  payoutSlaWatch,
  sellerStatistics,
} from '../../src/index.js';
import {
  type SqlClaimReadModel,
  sqlCarrierLossStatistics,
  sqlClaimSink,
  sqlClaimsBoard,
  sqlOutstandingDocuments,
  sqlPayoutSlaWatch,
  sqlSellerStatistics,
} from '../../src/sql.js';

/** The read model's definition, which may crash before any event of a batch is folded in. */
const crashingDefinition = <ReadModel>(
  model: ClaimReadModel<ReadModel>,
  hooks: CrashHooks,
): ProjectionDefinition<ReadModel> => {
  const definition = claimProjection(model);
  return {
    initial: definition.initial,
    apply: (readModel, event) => {
      hooks.readModelWrite();
      return definition.apply(readModel, event);
    },
    applyBatch: (readModel, events) => {
      for (const _ of events) hooks.readModelWrite();
      return definition.applyBatch === undefined ? readModel : definition.applyBatch(readModel, events);
    },
  };
};

const memoryTarget = <ReadModel>(
  name: string,
  model: ClaimReadModel<ReadModel>,
  hooks: CrashHooks,
): ProjectionTarget => {
  const sink = memoryProjectionSink(crashingDefinition(model, hooks), {
    checkpoints: crashingCheckpoints(hooks),
  });
  const rebuilt = memoryProjectionSink(claimProjection(model));
  return {
    name,
    atomic: false,
    sink,
    contents: async () => sink.readModel(),
    rebuilt: { sink: rebuilt, contents: async () => rebuilt.readModel() },
  };
};

/** The five read models in memory: read model and checkpoint written one after the other (at least once). */
export const memoryTargets: ProjectionTargets = async (hooks) => [
  memoryTarget('claims-board', claimsBoard, hooks),
  memoryTarget('outstanding-documents', outstandingDocuments, hooks),
  memoryTarget('payout-sla-watch', payoutSlaWatch, hooks),
  memoryTarget('seller-statistics', sellerStatistics, hooks),
  memoryTarget('carrier-loss-statistics', carrierLossStatistics, hooks),
];

/**
 * An executor whose transactions may crash before a read-model write (INSERT, UPDATE or DELETE) or
 * before the statement that stores the checkpoint; outside transactions it only reads.
 */
const crashingExecutor = (inner: SqlExecutor, hooks: CrashHooks): SqlExecutor => {
  const inTransaction = (tx: SqlExecutor): SqlExecutor => ({
    query: async (sql, params) => {
      if (sql.includes('projection_checkpoints')) {
        if (/^\s*UPDATE\b/i.test(sql)) hooks.beforeCheckpoint();
      } else if (/^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql)) hooks.readModelWrite();
      return tx.query(sql, params);
    },
    transaction: (work) => tx.transaction((nested) => work(inTransaction(nested))),
  });
  return { query: inner.query, transaction: (work) => inner.transaction((tx) => work(inTransaction(tx))) };
};

type SqlModelOf = (schema: string) => SqlClaimReadModel;

/** A read model's schema, ready, and what its tables hold. */
interface Prepared {
  readonly model: SqlClaimReadModel;
  readonly contents: () => Promise<unknown>;
}

const sqlReadModels: readonly (readonly [string, SqlModelOf])[] = [
  ['claims-board', (schema) => sqlClaimsBoard({ schema })],
  ['outstanding-documents', (schema) => sqlOutstandingDocuments({ schema })],
  ['payout-sla-watch', (schema) => sqlPayoutSlaWatch({ schema })],
  ['seller-statistics', (schema) => sqlSellerStatistics({ schema })],
  ['carrier-loss-statistics', (schema) => sqlCarrierLossStatistics({ schema })],
];

/** The SQL read models of the target files, and how to drop their schemas afterwards. */
export interface SqlTargets {
  readonly targets: ProjectionTargets;
  readonly drop: () => Promise<void>;
}

/**
 * The five read models in SQL tables, each in a schema of its own with its checkpoint (so that its
 * tables alone can be compared), and a second schema per read model for the rebuilds. The schemas
 * are made at the first run and serve every run.
 */
export const sqlTargets = (executor: () => SqlExecutor): SqlTargets => {
  const schemas: string[] = [];

  /** A schema with the checkpoint table and the read model's tables. */
  const prepare = async (of: SqlModelOf): Promise<Prepared> => {
    const schema = `t_rel_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    await migrate(executor(), { schema });
    const before = await tablesOf(executor(), schema);
    const model = of(schema);
    await model.createTables(executor());
    const tables = (await tablesOf(executor(), schema)).filter((table) => !before.includes(table));
    return { model, contents: () => dump(executor(), schema, tables) };
  };

  // Schemas are made once and reused by every run: the scenario resets each sink before a run.
  let prepared: Promise<readonly (readonly [string, Prepared, Prepared])[]> | undefined;
  const prepareAll = async () => {
    const all: (readonly [string, Prepared, Prepared])[] = [];
    for (const [name, of] of sqlReadModels) all.push([name, await prepare(of), await prepare(of)]);
    return all;
  };

  return {
    targets: async (hooks) => {
      prepared ??= prepareAll();
      return (await prepared).map(([name, under, rebuilt]) => ({
        name,
        atomic: true,
        sink: sqlClaimSink({ executor: crashingExecutor(executor(), hooks), model: under.model, name }),
        contents: under.contents,
        rebuilt: {
          sink: sqlClaimSink({ executor: executor(), model: rebuilt.model, name }),
          contents: rebuilt.contents,
        },
      }));
    },
    drop: async () => {
      for (const schema of schemas)
        await executor().query(`DROP SCHEMA IF EXISTS ${schemaNames(schema).quoted} CASCADE`);
    },
  };
};

const tablesOf = async (executor: SqlExecutor, schema: string): Promise<readonly string[]> =>
  (
    await executor.query(
      'SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    )
  ).rows.map((row) => String(row.name));

/** Every row of the tables, as JSON text, sorted: equal dumps are equal tables. */
const dump = async (executor: SqlExecutor, schema: string, tables: readonly string[]) => {
  const quoted = schemaNames(schema).quoted;
  const result: Record<string, readonly string[]> = {};
  for (const table of tables) {
    const { rows } = await executor.query(`SELECT to_jsonb(t)::text AS row FROM ${quoted}."${table}" t`);
    result[table] = rows.map((row) => String(row.row)).sort();
  }
  return result;
};
