import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  ClaimCommand,
  claimCommandTypes,
  decodeClaimCommand,
  defaultPolicy,
  validatePolicy,
} from '../../src/index.js';
import { commandSamples } from './command-samples.js';

/** The first sample of each command type, as the JSON a caller sends, with `data` replaced in part. */
const sampleWith = (type: string, data: Readonly<Record<string, unknown>>): unknown => {
  const sample = commandSamples.find((c) => c.type === type);
  if (sample === undefined) throw new Error(`no sample of ${type}`);
  const json = ClaimCommand.encode(sample);
  return { ...json, data: { ...json.data, ...data } };
};

const problemsOf = (input: unknown) => {
  const decoded = decodeClaimCommand(input);
  return E.isLeft(decoded) ? decoded.left.problems : [];
};

const commandTime = 'CommandTime (an instant in the years 1970 to 8999)';

describe('the time a command is decided at', () => {
  it.each(claimCommandTypes)('%s is refused at $.data.now before 1970 and from 9000 on', (type) => {
    for (const now of [
      '0000-01-01T00:00:00Z',
      '1969-12-31T23:59:59.999Z',
      '1969-12-31T23:59:59Z',
      '9000-01-01T00:00:00Z',
      '9000-01-01T00:00:00.000Z',
      '9999-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ])
      expect(problemsOf(sampleWith(type, { now }))).toEqual([
        { path: '$.data.now', expected: commandTime, found: JSON.stringify(now) },
      ]);
  });

  it.each(claimCommandTypes)(
    '%s is accepted from the first millisecond of 1970 to the last of 8999',
    (type) => {
      for (const now of [
        '1970-01-01T00:00:00Z',
        '1970-01-01T00:00:00.000Z',
        '8999-12-31T23:59:59Z',
        '8999-12-31T23:59:59.999Z',
      ]) {
        const input = sampleWith(type, { now });
        expect(decodeClaimCommand(input)).toEqual(E.right(input));
      }
    },
  );

  it('is still first of all an instant: malformed text names the same codec', () => {
    expect(problemsOf(sampleWith('RecordPickup', { now: '2026-02-30T00:00:00Z' }))).toEqual([
      { path: '$.data.now', expected: commandTime, found: '"2026-02-30T00:00:00Z"' },
    ]);
  });
});

describe('day counts a deadline is computed with', () => {
  const dayCount = 'DayCount (a whole number of days from 1 to 3650)';

  it('an extension is at most 3,650 days, refused at $.data.extendByDays beyond', () => {
    for (const extendByDays of [3_651, Number.MAX_SAFE_INTEGER])
      expect(problemsOf(sampleWith('ExtendDocumentDeadline', { extendByDays }))).toEqual([
        { path: '$.data.extendByDays', expected: dayCount, found: String(extendByDays) },
      ]);
    const longest = sampleWith('ExtendDocumentDeadline', { extendByDays: 3_650 });
    expect(decodeClaimCommand(longest)).toEqual(E.right(longest));
  });

  it('a policy day count is at most 3,650 days, refused at its path beyond', () => {
    const json = JSON.parse(JSON.stringify(defaultPolicy));
    const parameters = Object.keys(defaultPolicy.parameters).filter(
      (name) =>
        name !== 'deductible' &&
        name !== 'policeReportThreshold' &&
        name !== 'carrierNotice' &&
        name !== 'carrierLiability' &&
        name !== 'appealsAllowed' &&
        name !== 'payeesAllowed',
    );
    expect(parameters).toHaveLength(17);
    for (const name of parameters) {
      const unit = Reflect.get(Reflect.get(defaultPolicy.parameters, name), 'unit');
      const tooLong = { ...json, parameters: { ...json.parameters, [name]: { value: 3_651, unit } } };
      const checked = validatePolicy(tooLong);
      expect(E.isLeft(checked) ? checked.left.problems : []).toEqual([
        { path: `$.parameters.${name}.value`, expected: dayCount, found: '3651' },
      ]);
    }
  });
});
