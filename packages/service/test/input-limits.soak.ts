import { describe, it } from 'vitest';
import { expectManyFieldsRefused } from './support/edge.js';

describe('the size of a command body, soak', () => {
  it('1,000,000 undeclared fields are refused at $ for their size', async () => {
    await expectManyFieldsRefused(1_000_000);
  }, 600_000);
});
