import type { DayOptions } from './simulate-day.js';

/** The command line of `pnpm simulate`, or what is wrong with it. */
export type SimulateArguments =
  | { readonly kind: 'valid'; readonly options: Omit<DayOptions, 'url'>; readonly json: boolean }
  | { readonly kind: 'invalid'; readonly message: string };

const usage =
  'usage: pnpm simulate --parcels-per-day N [--workers K] [--claim-rate R] [--writers W] [--partitions P] [--schema S] [--json]';

const integerOptions = {
  '--parcels-per-day': { min: 1, max: 10_000_000 },
  '--workers': { min: 1, max: 64 },
  '--writers': { min: 1, max: 256 },
  '--partitions': { min: 1, max: 4096 },
} as const;

type IntegerOption = keyof typeof integerOptions;
const isIntegerOption = (name: string): name is IntegerOption => name in integerOptions;

/** Reads `--name value` pairs; each value is checked and any fault named with the option it belongs to. */
export const parseSimulateArguments = (argv: readonly string[]): SimulateArguments => {
  const integers: Partial<Record<IntegerOption, number>> = {};
  let claimRate = 0.02;
  let schema = 'parcel_claims_simulation';
  let json = false;
  for (let index = 0; index < argv.length; index += 1) {
    const name = argv[index] ?? '';
    if (name === '--json') {
      json = true;
      continue;
    }
    const value = argv[index + 1];
    index += 1;
    if (value === undefined) return { kind: 'invalid', message: `${name} needs a value; ${usage}` };
    if (name === '--schema') {
      if (!/^[a-z_][a-z0-9_]{0,55}$/.test(value))
        return {
          kind: 'invalid',
          message: `--schema must be a plain lower-case identifier (a-z, 0-9, _), not '${value}'`,
        };
      schema = value;
      continue;
    }
    if (name === '--claim-rate') {
      const rate = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || rate > 1)
        return { kind: 'invalid', message: `--claim-rate must be a number from 0 to 1, not '${value}'` };
      claimRate = rate;
      continue;
    }
    if (!isIntegerOption(name)) return { kind: 'invalid', message: `unknown option '${name}'; ${usage}` };
    const { min, max } = integerOptions[name];
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max)
      return {
        kind: 'invalid',
        message: `${name} must be a whole number from ${min} to ${max}, not '${value}'`,
      };
    integers[name] = number;
  }
  const parcelsPerDay = integers['--parcels-per-day'];
  if (parcelsPerDay === undefined)
    return { kind: 'invalid', message: `--parcels-per-day is required; ${usage}` };
  return {
    kind: 'valid',
    json,
    options: {
      parcelsPerDay,
      claimRate,
      workers: integers['--workers'] ?? 1,
      writers: integers['--writers'] ?? 8,
      partitions: integers['--partitions'] ?? 16,
      schema,
    },
  };
};
