import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pgExecutor } from '../src/index.js';
import { recordAndFollow } from './readme-example.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';
import { dropSchema, testSchema } from './support/test-schema.js';

const between = (text: string): string =>
  text
    .slice(text.indexOf('// README:start') + '// README:start'.length, text.indexOf('// README:end'))
    .trim();

describe('README example', () => {
  it('is the text of test/readme-example.ts', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${between(example)}\n\`\`\``);
  });

  it('records the events and reads them back', async () => {
    const schema = testSchema('readme');
    try {
      const types = await recordAndFollow(pgUrl, [sampleEvent(1), sampleEvent(2)], { schema, poolSize: 2 });
      expect(types).toEqual(['ParcelNoted', 'ParcelNoted']);
    } finally {
      const cleaner = pgExecutor({ connectionString: pgUrl, max: 1 });
      await dropSchema(cleaner, schema);
      await cleaner.close();
    }
  });
});
