import { describe, expect, it } from 'vitest';
import { assertFreeTextStaysInItsLines } from './free-text.js';

describe('free text in the audit outputs, soak', () => {
  it('keeps 5,000 generated texts in generated free-text fields to their own lines, escaped', async () => {
    const { byField, byKind } = await assertFreeTextStaysInItsLines(5_000);
    console.log('generated texts by field', Object.fromEntries(byField));
    console.log('generated texts holding', Object.fromEntries(byKind));
    expect([...byField.values()].reduce((sum, n) => sum + n, 0)).toBe(5_000);
  }, 600_000);
});
