import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditLog } from './readme-example.js';

const between = (text: string): string =>
  text
    .slice(text.indexOf('// README:start') + '// README:start'.length, text.indexOf('// README:end'))
    .trim();

describe('README Merkle example', () => {
  it('is the text of test/merkle/readme-example.ts', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${between(example)}\n\`\`\``);
  });

  it('proves an early event in, and the early tree a prefix of the whole log', async () => {
    const eventHashes = ['a', 'b', 'c', 'd', 'e', 'f'].map((text) =>
      createHash('sha256').update(text).digest('hex'),
    );
    expect(await auditLog(eventHashes)).toEqual({ inclusion: { ok: true }, consistency: { ok: true } });
  });
});
