import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimCommandRegistry, claimCommandTypes, envelopeRules } from '../../src/index.js';
import { root } from './registering.js';

const BETWEEN = /<!-- precedence -->\n([\s\S]*?)<!-- \/precedence -->/;

/** The table docs/rules.md shows: per command, who may send it and every rule in the order checked. */
const precedenceTable = (): string =>
  [
    '| command | roles | rules, in the order they are checked |',
    '|---|---|---|',
    ...claimCommandTypes.map((type) => {
      const { roles, precedence } = claimCommandRegistry[type];
      const steps = [...envelopeRules, ...precedence].map((step) => `${step.rule} ${step.name}`);
      return `| ${type} | ${roles.join(', ')} | ${steps.join(' → ')} |`;
    }),
    '',
    '',
  ].join('\n');

describe('docs/rules.md', () => {
  it('shows the order each command checks its rules in as the registry holds it', () => {
    const doc = readFileSync(`${root}docs/rules.md`, 'utf8');
    expect(BETWEEN.exec(doc)?.[1]).toBe(precedenceTable());
  });
});
