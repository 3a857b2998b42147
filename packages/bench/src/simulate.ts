// `pnpm simulate --parcels-per-day N [--workers K] [--claim-rate R] [--writers W] [--partitions P] [--schema S]`:
// plays one generated day against PostgreSQL (PARCEL_CLAIMS_BENCH_PG_URL, else the local server)
// and prints what it measured, as a table and, with --json, as one JSON object.
import { parcelTemplate } from './fixtures/parcel-template.js';
import { parseSimulateArguments } from './simulate/simulate-arguments.js';
import { simulateDay } from './simulate/simulate-day.js';
import { benchPostgresUrl } from './workloads/served-targets.js';

const parsed = parseSimulateArguments(process.argv.slice(2));
if (parsed.kind === 'invalid') {
  process.stderr.write(`simulate: ${parsed.message}\n`);
  process.exit(2);
}
const { options, json } = parsed;
const report = await simulateDay(await parcelTemplate(), { url: benchPostgresUrl, ...options });
if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  const n = (value: number, digits = 0) =>
    value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    `One day of ${n(report.parcels)} insured parcels (${n(report.claims)} with a claim), ${options.workers} projection worker(s), ${options.writers} writers`,
    `written: ${n(report.commands)} commands, ${n(report.events)} events (${report.eventsPerShippedParcel} per shipped parcel, ${report.eventsPerClaimedParcel} per claimed one)`,
    `write rate: ${n(report.writeEventsPerSecond)} events/s, ${n(report.writeCommandsPerSecond)} commands/s (the day needs ${n(report.requiredEventsPerSecond, 2)} events/s on average)`,
    `projection: ${n(report.projectionEventsPerSecond)} events/s; largest lag ${n(report.maxLagEvents)} events; caught up ${n(report.catchUpSeconds, 2)} s after the last append`,
    `storage: ${n(report.storedBytesPerEvent)} bytes per event stored, ${n(report.storageBytesPerYear / 1e9, 2)} GB a year at this rate`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
