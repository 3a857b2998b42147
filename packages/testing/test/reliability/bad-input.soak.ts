import { describe, expect, it } from 'vitest';
import { assertMalformedCommandsRefused } from './bad-input.js';

describe('malformed commands at the service boundary, soak', () => {
  it('refuses 100,000 generated malformed commands with the path of their defect and stores nothing', async () => {
    const counts = await assertMalformedCommandsRefused(100_000);
    console.log('malformed commands by defect', Object.fromEntries(counts));
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(100_000);
  }, 600_000);
});
