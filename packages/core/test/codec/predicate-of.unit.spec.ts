import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { predicateOf } from '../../src/codec/predicate-of.js';
import { Instant } from '../../src/index.js';

describe('predicateOf', () => {
  it("answers as the brand's own predicate on values of its base type", () => {
    const isInstant = predicateOf(Instant);
    expect(['2026-02-13T09:30:00Z', '2026-02-30T09:30:00Z', 'soon'].map(isInstant)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('refuses a codec that is not a refinement, by its name', () => {
    expect(() => predicateOf(t.string)).toThrow(new TypeError('string is not a refinement'));
  });
});
