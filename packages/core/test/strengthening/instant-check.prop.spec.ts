import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Instant } from '../../src/time/instant.js';
import { brokenOnce, fourDigitYear, paddedDigits } from '../support/broken-text.js';

// What Instant accepted before it checked the fields arithmetically: the regex, then a round
// trip through Date to reject rolled-over dates such as 30 February.
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?Z$/;
const roundTrip = (s: string): boolean => {
  if (!ISO_UTC.test(s)) return false;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return false;
  return new Date(ms).toISOString().slice(0, 19) === s.slice(0, 19);
};

// Every field in and just out of range, then possibly broken in one character: digits,
// separators, letters and a non-ASCII digit in any place.
const candidate = fc
  .tuple(
    fourDigitYear,
    paddedDigits(2, 14),
    paddedDigits(2, 33),
    paddedDigits(2, 25),
    paddedDigits(2, 61),
    paddedDigits(2, 61),
    fc.constantFrom('', '.000', '.999', '.5'),
    fc.constantFrom('Z', 'Z', 'Z', '+00:00', ''),
  )
  .map(([y, mo, d, h, mi, s, ms, zone]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${ms}${zone}`)
  .chain((text) => brokenOnce(text, ['0', '9', '-', ':', 'T', 'Z', '.', '/', ' ', 'a', '\u0663']));

describe('Instant accepts exactly what the Date round trip accepted', () => {
  it('on generated date-times, valid and not', () => {
    fc.assert(
      fc.property(candidate, (s) => {
        expect(Instant.is(s)).toBe(roundTrip(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on every day of a leap and a common year, and the edges of the day', () => {
    const days: string[] = [];
    for (const year of ['2024', '2025', '1900', '2000']) {
      for (let month = 1; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        }
      }
    }
    const times = ['T00:00:00Z', 'T23:59:59.999Z', 'T24:00:00Z', 'T23:60:00Z', 'T23:59:60Z'];
    const all = days.flatMap((day) => times.map((time) => `${day}${time}`));
    expect(all.filter((s) => Instant.is(s))).toEqual(all.filter(roundTrip));
  });
});
