import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { watchClaims } from './readme-example.js';
import { scenarioStore } from './support/scenario.js';

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

  it('does what its comments say', async () => {
    const claims = await watchClaims(await scenarioStore());
    expect(
      claims.overdueDocuments(Date.UTC(2026, 1, 23)).map((d) => `${d.parcelId} ${d.documentType}`),
    ).toEqual(['PB proof-of-value', 'PB buyer-dispute-evidence']);
    expect(claims.payoutSla()).toEqual({ paidClaims: 1, paidWithinDue: 1, shareWithinDue: 1 });
    await claims.stop();
  });
});
