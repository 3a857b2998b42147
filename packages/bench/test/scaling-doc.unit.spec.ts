import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SNIPPET = /<!-- snippet: (\S+) -->\n```ts\n([\s\S]*?)```\n<!-- \/snippet -->/g;

describe('code snippets in docs/scaling.md', () => {
  const snippets = [...readFileSync(`${root}docs/scaling.md`, 'utf8').matchAll(SNIPPET)];
  it('shows the worker the tools run', () => {
    expect(snippets.map(([, path]) => path)).toEqual(['packages/bench/src/workers/claim-worker-process.ts']);
  });
  for (const [, path, code] of snippets)
    it(`shows ${path} exactly as compiled`, () => {
      expect(code).toBe(readFileSync(`${root}${path}`, 'utf8'));
    });
});
