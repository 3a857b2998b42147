import type { SizeDistribution } from '../fixtures/size-distribution.js';
import type { Machine } from '../machine.js';
import { formatBytes, formatFigure } from './format.js';
import type { Row } from './row.js';

const verdict = (row: Row): string => {
  if (row.skipped !== undefined) return 'skipped';
  if (row.target === null || row.target.met === null) return '—';
  return row.target.met ? 'met' : '**missed**';
};

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The results as a Markdown table, preceded by where and when they were measured. */
export const resultsTable = (machine: Machine, rows: readonly Row[]): string => {
  const header = [
    `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC at commit \`${machine.commit}\` on ` +
      `${machine.cpuCount} × ${machine.cpuModel}, ${formatBytes(machine.totalMemoryBytes)}, Node ${machine.node}, ` +
      `load average ${machine.loadAverage} at the start.`,
    '',
    '| Workload | Measured | Baseline (same run) | Ratio | Target | Verdict |',
    '|---|---|---|---|---|---|',
  ];
  const lines = rows.map((row) => {
    const measured = row.skipped ?? (row.measured === null ? '' : formatFigure(row.measured));
    const baseline = row.baseline === null ? '' : `${row.baseline.name}: ${formatFigure(row.baseline)}`;
    const ratio = row.ratio === null ? '' : formatFigure(row.ratio);
    const target = row.target?.text ?? '';
    return `| ${[row.workload, measured, baseline, ratio, target, verdict(row)].map(cell).join(' | ')} |`;
  });
  return [...header, ...lines].join('\n');
};

/** The event sizes the workloads ran on, as a Markdown table. */
export const sizesTable = (sizes: Readonly<Record<string, SizeDistribution>>): string =>
  [
    '| Event JSON (UTF-8 bytes) | Events | Min | P10 | Median | P90 | Max | Mean |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(sizes).map(
      ([name, d]) =>
        `| ${name} | ${d.count} | ${d.min} | ${d.p10} | ${d.median} | ${d.p90} | ${d.max} | ${d.mean} |`,
    ),
  ].join('\n');
