import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyStream } from '../src/index.js';
import { handle, request } from './readme-example.js';

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
    const first = await handle(request);
    const retry = await handle(request);
    expect(first).toMatchObject({ kind: 'appended', nextExpectedRevision: 0n, position: 1n, state: 3 });
    expect(retry).toMatchObject({
      kind: 'already-applied',
      nextExpectedRevision: 0n,
      position: 1n,
      state: 3,
    });
    expect(retry.kind === 'already-applied' && verifyStream(retry.recorded)).toEqual({ ok: true });
  });
});
