import { describe, it } from 'vitest';
import { expectFirstListedRestCounted } from './bounded-problems.js';

describe('a command with very many problems, soak', () => {
  it('lists the first 100 of 1,000,000 undeclared fields and counts the other 999,900 exactly', () => {
    expectFirstListedRestCounted(1_000_000);
  }, 600_000);
});
