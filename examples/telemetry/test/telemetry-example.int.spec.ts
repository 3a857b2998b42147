import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The compiled example, run as `pnpm start` runs it (`pnpm test` builds it first). */
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('the telemetry example', () => {
  it('writes each span of each command and the metrics to the console through the Node SDK', {
    timeout: 60_000,
  }, () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build with tsc -b first`);
    const run = spawnSync(process.execPath, [main, 'memory:'], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    // The console exporters print with util.inspect: a span's name is a top-level key, a metric's
    // name sits in its descriptor.
    const spanNames = lines.flatMap((line) => /^ {2}name: '(.+)',$/.exec(line)?.[1] ?? []);
    const metricNames = lines.flatMap((line, index) =>
      lines[index - 1] === '  descriptor: {' ? (/^ {4}name: '(.+)',$/.exec(line)?.[1] ?? []) : [],
    );
    expect(lines.slice(0, 3)).toEqual([
      'BookParcel: accepted',
      'PurchaseInsurance: accepted',
      'BookParcel: invalid',
    ]);
    expect(spanNames).toEqual([
      'decode',
      'readStream',
      'decide',
      'append',
      'attempt',
      'command BookParcel',
      // The stream's state is remembered: decided on it and appended without reading first.
      'decode',
      'decide',
      'append',
      'attempt',
      'command PurchaseInsurance',
      'decode',
      'command',
    ]);
    expect(metricNames).toEqual(['parcel_claims.append.duration', 'parcel_claims.commands']);
    expect(run.stdout).toContain(
      [
        '      attributes: {',
        "        'parcel_claims.command.type': 'PurchaseInsurance',",
        "        'parcel_claims.command.outcome': 'accepted'",
        '      },',
      ].join('\n'),
    );
  });
});
