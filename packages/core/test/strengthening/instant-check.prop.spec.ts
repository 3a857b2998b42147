import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Instant } from '../../src/time/instant.js';

// What Instant accepted before it checked the fields arithmetically: the regex, then a round
// trip through Date to reject rolled-over dates such as 30 February.
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?Z$/;
const roundTrip = (s: string): boolean => {
  if (!ISO_UTC.test(s)) return false;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return false;
  return new Date(ms).toISOString().slice(0, 19) === s.slice(0, 19);
};

const digits = (width: number, max: number) =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));

// Every field in and just out of range, with a bias to the edges of years, months and days.
const candidate = fc
  .tuple(
    fc.oneof(digits(4, 9999), fc.constantFrom('0000', '1900', '2000', '2024', '2025', '2100', '9999')),
    digits(2, 14),
    digits(2, 33),
    digits(2, 25),
    digits(2, 61),
    digits(2, 61),
    fc.constantFrom('', '.000', '.999', '.5'),
    fc.constantFrom('Z', 'Z', 'Z', '+00:00', ''),
  )
  .map(([y, mo, d, h, mi, s, ms, zone]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${ms}${zone}`)
  .chain((text) =>
    fc.oneof(
      fc.constant(text),
      // One character replaced: digits, separators, letters and a non-ASCII digit in any place.
      fc
        .tuple(
          fc.nat({ max: text.length - 1 }),
          fc.constantFrom('0', '9', '-', ':', 'T', 'Z', '.', '/', ' ', 'a', '\u0663'),
        )
        .map(([index, char]) => `${text.slice(0, index)}${char}${text.slice(index + 1)}`),
      // A character dropped or added.
      fc.nat({ max: text.length - 1 }).map((index) => `${text.slice(0, index)}${text.slice(index + 1)}`),
      fc.nat({ max: text.length }).map((index) => `${text.slice(0, index)}0${text.slice(index)}`),
    ),
  );

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
