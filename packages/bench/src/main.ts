import { eventSizes } from './event-sizes.js';
import { parcelTemplate } from './fixtures/parcel-template.js';
import { storedHistories } from './fixtures/stored-histories.js';
import { describeMachine } from './machine.js';
import { canCollect } from './measure/heap.js';
import { lastKept } from './measure/keep.js';
import { fullPlan, quickPlan } from './plan.js';
import { refreshBetweenMarkers } from './report/docs-table.js';
import { writeResults } from './report/results-file.js';
import type { Row } from './report/row.js';
import { resultsTable, sizesTable } from './report/table.js';
import { commandHandlingRows } from './workloads/command-handling.js';
import { foldRow } from './workloads/fold.js';
import { immerFoldRow } from './workloads/immer-fold.js';
import { merkleRows } from './workloads/merkle.js';
import { postgresPeersRows } from './workloads/postgres-peers.js';
import { postgresRebuildRows } from './workloads/postgres-rebuild.js';
import { postgresThroughputRows } from './workloads/postgres-throughput.js';
import { postgresTreeCostRows } from './workloads/postgres-tree-cost.js';
import { replayRows } from './workloads/replay.js';
import { servedStoreRows } from './workloads/served-store.js';
import { benchPostgresUrl, servedTargets } from './workloads/served-targets.js';
import { sharedProjectionRows } from './workloads/shared-projection.js';
import { telemetryOverheadRows } from './workloads/telemetry-overhead.js';
import { verifyRows } from './workloads/verify.js';

const resultsPath = new URL('../results.json', import.meta.url);
const docsPath = new URL('../../../docs/benchmarks.md', import.meta.url);

const quick = process.argv.includes('--quick');
const plan = quick ? quickPlan : fullPlan;
const workloads = [
  'replay',
  'fold',
  'immer',
  'verify',
  'merkle',
  'commands',
  'telemetry',
  'served',
  'postgres',
  'peers',
  'workers',
] as const;
type Workload = (typeof workloads)[number];
const onlyIndex = process.argv.indexOf('--only');
const onlyList = onlyIndex === -1 ? undefined : (process.argv[onlyIndex + 1] ?? '').split(',');
const unknownWorkload = onlyList?.find((name) => !workloads.some((workload) => workload === name));
if (unknownWorkload !== undefined) {
  process.stderr.write(
    `bench: unknown workload '${unknownWorkload}' after --only; known: ${workloads.join(', ')}\n`,
  );
  process.exit(2);
}
/** `--only a,b` runs those workloads and writes nothing: a partial run must not replace the table. */
const runs = (workload: Workload): boolean => onlyList === undefined || onlyList.includes(workload);
const writes = plan.writeResults && onlyList === undefined;
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

if (!canCollect()) progress('run with node --expose-gc: heap figures need full collections');
const started = performance.now();
const machine = describeMachine();

progress('sampling claim histories');
const histories = storedHistories(plan.historiesPerPath, plan.seed);
const template = await parcelTemplate();
const rows: Row[] = [];

if (runs('replay')) {
  progress('replay');
  rows.push(...(await replayRows(histories, plan.rounds, plan.time)));
}
if (runs('fold')) {
  progress('fold');
  rows.push(await foldRow(histories, plan.time));
}
if (runs('immer')) {
  progress('fold with an immer recipe');
  rows.push(await immerFoldRow(plan.seed, plan.rounds, plan.time));
}
if (runs('verify')) {
  progress('verify');
  rows.push(...(await verifyRows(histories, plan.rounds, plan.time)));
}
if (runs('merkle')) {
  progress(`Merkle tree over ${plan.merkleLeaves} event hashes`);
  rows.push(...(await merkleRows(plan.merkleLeaves, plan.rounds, plan.merkleTime, plan.time)));
}
if (runs('commands')) {
  progress(`command handling at ${plan.commandSizes.join(', ')} events and against Emmett`);
  rows.push(
    ...(await commandHandlingRows(template, {
      sizes: plan.commandSizes,
      emmettSize: plan.emmettSize,
      emmettRounds: plan.rounds,
      time: plan.commandTime,
    })),
  );
}
if (runs('telemetry')) {
  progress('command handling with OpenTelemetry and no SDK against none');
  rows.push(
    ...(await telemetryOverheadRows(template, {
      events: plan.commandSizes[0] ?? 0,
      rounds: plan.rounds,
      time: plan.commandTime,
    })),
  );
}
if (runs('served')) {
  for (const target of servedTargets) {
    progress(target.label);
    rows.push(...(await servedStoreRows(target, template, plan.servedEvents, plan.commandTime)));
  }
}
if (runs('postgres')) {
  progress(`PostgreSQL throughput with ${plan.postgresWriters} writers`);
  rows.push(
    ...(await postgresThroughputRows(template, {
      url: benchPostgresUrl,
      id: 'postgres',
      label: 'PostgreSQL server',
      targets: true,
      writers: plan.postgresWriters,
      durationMs: plan.postgresMs,
      firstParcel: 10_000_000,
    })),
  );
  progress(`PostgreSQL batched appends with the Merkle tree against without it, ${plan.rounds} rounds`);
  rows.push(
    ...(await postgresTreeCostRows(template, {
      url: benchPostgresUrl,
      writers: plan.postgresWriters,
      durationMs: plan.postgresMs / 2,
      rounds: plan.rounds,
      firstParcel: 40_000_000,
    })),
  );
  progress(`PGlite throughput with ${plan.postgresWriters} writers`);
  rows.push(
    ...(await postgresThroughputRows(template, {
      url: 'pglite:memory',
      id: 'pglite',
      label: 'PGlite in memory',
      targets: false,
      writers: plan.postgresWriters,
      durationMs: plan.postgresMs,
      firstParcel: 30_000_000,
    })),
  );
  progress(`PostgreSQL rebuild of the five read models from ${plan.rebuildEvents} events`);
  rows.push(
    ...(await postgresRebuildRows(template, {
      url: benchPostgresUrl,
      events: plan.rebuildEvents,
      firstParcel: 20_000_000,
    })),
  );
}
if (runs('peers')) {
  progress(
    `PostgreSQL against Emmett's PostgreSQL store and the raw pg floor, ${plan.postgresWriters} writers, ${plan.rounds} rounds`,
  );
  rows.push(
    ...(await postgresPeersRows({
      url: benchPostgresUrl,
      writers: plan.postgresWriters,
      durationMs: plan.postgresMs / 2,
      rounds: plan.rounds,
      firstParcel: 50_000_000,
    })),
  );
}
if (runs('workers')) {
  progress(`PostgreSQL projection workers sharing the read models (${plan.workerCounts.join(', ')})`);
  rows.push(
    ...(await sharedProjectionRows(template, {
      url: benchPostgresUrl,
      events: plan.rebuildEvents,
      firstParcel: 60_000_000,
      workerCounts: plan.workerCounts,
      partitions: 16,
    })),
  );
}

const sizes = eventSizes(histories, template);
const durationSeconds = Math.round((performance.now() - started) / 1000);
const table = `${resultsTable(machine, rows)}\n\n${sizesTable(sizes)}`;
process.stdout.write(`${table}\n\nWhole run: ${durationSeconds} s.\n`);
for (const row of rows) {
  const lowest = row.details?.lowestRoundRatio;
  const highest = row.details?.highestRoundRatio;
  if (lowest !== undefined && highest !== undefined)
    process.stdout.write(
      `${row.id}: round ratios ${lowest.value.toFixed(2)}× to ${highest.value.toFixed(2)}×\n`,
    );
}
if (lastKept() === undefined) progress('no benchmark kept a result');

if (writes) {
  await writeResults(resultsPath, { machine, eventSizes: sizes, durationSeconds, rows });
  const refreshed = await refreshBetweenMarkers(docsPath, table);
  progress(
    refreshed
      ? 'wrote results.json and docs/benchmarks.md'
      : 'wrote results.json; docs/benchmarks.md has no markers',
  );
}
