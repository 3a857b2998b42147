import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parcelTemplate } from '../src/fixtures/parcel-template.js';
import { parseSimulateArguments } from '../src/simulate/simulate-arguments.js';

const script = fileURLToPath(new URL('../dist/simulate.js', import.meta.url));

describe('pnpm simulate', () => {
  it('plays a tiny day with two workers: every command written, the claimed share as asked, the read models caught up', async () => {
    if (!existsSync(script)) throw new Error(`${script} is missing: build with tsc -b first`);
    const { stdout } = await promisify(execFile)(process.execPath, [
      script,
      '--parcels-per-day',
      '30',
      '--workers',
      '2',
      '--claim-rate',
      '0.1',
      '--schema',
      `t_simulate_${randomBytes(5).toString('hex')}`,
      '--json',
    ]);
    const report: unknown = JSON.parse(stdout);
    const template = await parcelTemplate();
    const claimCommands = template.appendsFor(0).batches.length;
    expect(report).toMatchObject({
      parcels: 30,
      claims: 3,
      commands: 27 * 6 + 3 * claimCommands,
      events: 27 * 6 + 3 * template.eventsPerParcel,
      eventsPerShippedParcel: 6,
      eventsPerClaimedParcel: template.eventsPerParcel,
      requiredEventsPerSecond: (27 * 6 + 3 * template.eventsPerParcel) / 86_400,
    });
    const figure = (name: string): unknown =>
      typeof report === 'object' && report !== null ? Reflect.get(report, name) : undefined;
    for (const name of ['writeEventsPerSecond', 'projectionEventsPerSecond', 'storedBytesPerEvent'])
      expect(figure(name)).toBeGreaterThan(0);
    expect(figure('catchUpSeconds')).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('refuses bad arguments, naming the option and what it must be', () => {
    expect(parseSimulateArguments([])).toEqual({
      kind: 'invalid',
      message:
        '--parcels-per-day is required; usage: pnpm simulate --parcels-per-day N [--workers K] [--claim-rate R] [--writers W] [--partitions P] [--schema S] [--json]',
    });
    expect(parseSimulateArguments(['--parcels-per-day', '1e3'])).toEqual({
      kind: 'invalid',
      message: "--parcels-per-day must be a whole number from 1 to 10000000, not '1e3'",
    });
    expect(parseSimulateArguments(['--parcels-per-day', '10', '--workers', '0'])).toEqual({
      kind: 'invalid',
      message: "--workers must be a whole number from 1 to 64, not '0'",
    });
    expect(parseSimulateArguments(['--parcels-per-day', '10', '--claim-rate', '2'])).toEqual({
      kind: 'invalid',
      message: "--claim-rate must be a number from 0 to 1, not '2'",
    });
    expect(parseSimulateArguments(['--parcels-per-day', '10', '--speed', '2']).kind).toBe('invalid');
    expect(parseSimulateArguments(['--parcels-per-day', '10', '--schema', 'Bad-Name'])).toEqual({
      kind: 'invalid',
      message: "--schema must be a plain lower-case identifier (a-z, 0-9, _), not 'Bad-Name'",
    });
    expect(parseSimulateArguments(['--parcels-per-day', '100000', '--workers', '4'])).toEqual({
      kind: 'valid',
      json: false,
      options: {
        parcelsPerDay: 100_000,
        claimRate: 0.02,
        workers: 4,
        writers: 8,
        partitions: 16,
        schema: 'parcel_claims_simulation',
      },
    });
  });
});
