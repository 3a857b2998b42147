import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptedClaims } from './readme-sql-example.js';
import { pgFixture } from './support/pg-fixture.js';
import { scenarioStore } from './support/scenario.js';

const pg = pgFixture('readme');

const between = (text: string): string =>
  text
    .slice(text.indexOf('// README:start') + '// README:start'.length, text.indexOf('// README:end'))
    .trim();

describe('README SQL example', () => {
  it('is the text of test/readme-sql-example.ts', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./readme-sql-example.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${between(example)}\n\`\`\``);
  });

  it('lists the accepted claims from PostgreSQL', async () => {
    const accepted = await acceptedClaims(await scenarioStore(), pg.executor(), pg.schema);
    expect(
      accepted.map((claim) => `${claim.parcelId}/${claim.claimId} ${claim.approvedAmount?.minorUnits}`),
    ).toEqual(['PC/C1 900000']);
  });
});
