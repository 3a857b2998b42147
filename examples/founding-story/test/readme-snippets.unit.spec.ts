import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SNIPPET = /<!-- snippet: (\S+) -->\n```ts\n([\s\S]*?)```\n<!-- \/snippet -->/g;

describe('code snippets in the README', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const snippets = [...readme.matchAll(SNIPPET)];

  it('has at least one snippet', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  for (const [, path, code] of snippets)
    it(`shows ${path} exactly as compiled`, () => {
      expect(code).toBe(readFileSync(`${root}${path}`, 'utf8'));
    });
});
