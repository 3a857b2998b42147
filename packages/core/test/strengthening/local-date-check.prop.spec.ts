import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, LocalDate } from '../../src/time/local-date.js';
import { brokenOnce, fourDigitYear, paddedDigits } from '../support/broken-text.js';

// What LocalDate accepted before it read the text character by character: a regex with three
// groups, the numbers they hold, and a real day of a real month.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const byRegex = (s: string): boolean => {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), Number(m[2]));
};

// Every field in and just out of range, then possibly broken in one character, or with text
// around it.
const candidate = fc
  .tuple(fourDigitYear, paddedDigits(2, 14), paddedDigits(2, 33))
  .map(([y, m, d]) => `${y}-${m}-${d}`)
  .chain((text) =>
    fc.oneof(
      brokenOnce(text, ['0', '9', '-', '/', ' ', 'a', '\u0663', '\n', '+']),
      fc.constantFrom(`${text}\n`, ` ${text}`, `+${text}`),
    ),
  );

describe('LocalDate accepts exactly what the regex check accepted', () => {
  it('on generated dates, valid and not', () => {
    fc.assert(
      fc.property(candidate, (s) => {
        expect(LocalDate.is(s)).toBe(byRegex(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on every day of a leap and a common year, and of 1900 and 2000', () => {
    const days: string[] = [];
    for (const year of ['2024', '2025', '1900', '2000']) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        }
      }
    }
    expect(days.filter((s) => LocalDate.is(s))).toEqual(days.filter(byRegex));
  });
});
