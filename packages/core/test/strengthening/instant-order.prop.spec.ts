import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Instant, isAfter, isBefore } from '../../src/time/instant.js';

// What isBefore and isAfter did before they read the text: compare the parsed epoch milliseconds.
const parsedOrder = (a: string, b: string): number => Math.sign(Date.parse(a) - Date.parse(b));

const withoutMillis = (iso: string): string => `${iso.slice(0, 19)}Z`;

// Any instant of a four-digit year, written with or without milliseconds (`.000` both ways).
const arbInstant = fc
  .tuple(
    fc.date({
      min: new Date('0000-01-01T00:00:00.000Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    }),
    fc.boolean(),
  )
  .map(([date, millis]) => (millis ? date.toISOString() : withoutMillis(date.toISOString())));

// A second instant close to the first, so that pairs differ in one field or only in how they are written.
const arbNear = (first: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(0, 1, -1, 999, -999, 1000, -1000, 60_000, 3_600_000, 86_400_000, -86_400_000),
      fc.boolean(),
    )
    .map(([offset, millis]) => {
      const moved = new Date(Date.parse(first) + offset);
      const year = moved.getUTCFullYear();
      const iso = year < 0 || year > 9999 ? new Date(Date.parse(first)).toISOString() : moved.toISOString();
      return millis ? iso : withoutMillis(iso);
    });

const arbPair = fc.oneof(
  fc.tuple(arbInstant, arbInstant),
  arbInstant.chain((first) => arbNear(first).map((second) => [first, second] as const)),
);

describe('isBefore and isAfter order instants as their epoch milliseconds do', () => {
  it('on any two instants of four-digit years, with and without milliseconds', () => {
    fc.assert(
      fc.property(arbPair, ([a, b]) => {
        if (!Instant.is(a) || !Instant.is(b)) throw new Error(`not instants: ${a}, ${b}`);
        const order = parsedOrder(a, b);
        expect([isBefore(a, b), isAfter(a, b)]).toEqual([order < 0, order > 0]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('at the edges: the same instant written two ways, the years 0000 and 9999, across midnight', () => {
    const pairs: [string, string][] = [
      ['2026-02-13T09:30:00Z', '2026-02-13T09:30:00.000Z'],
      ['2026-02-13T09:30:00.001Z', '2026-02-13T09:30:00Z'],
      ['2026-02-13T09:29:59.999Z', '2026-02-13T09:30:00Z'],
      ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'],
      ['2025-12-31T23:59:59.999Z', '2026-01-01T00:00:00Z'],
      ['2024-02-29T00:00:00Z', '2024-03-01T00:00:00.000Z'],
    ];
    for (const [a, b] of pairs) {
      if (!Instant.is(a) || !Instant.is(b)) throw new Error(`not instants: ${a}, ${b}`);
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const order = parsedOrder(x, y);
        expect([x, y, isBefore(x, y), isAfter(x, y)]).toEqual([x, y, order < 0, order > 0]);
      }
    }
  });
});
