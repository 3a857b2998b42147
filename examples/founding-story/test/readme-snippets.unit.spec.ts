import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foundingStory, report, runStory } from '../src/index.js';

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

const OUTPUT = /<!-- output: examples\/founding-story -->\n```text\n([\s\S]*?)```\n<!-- \/output -->/;

describe('the demo output in the README', () => {
  it('is the end of what the founding-story example prints', async () => {
    const shown = OUTPUT.exec(readFileSync(`${root}README.md`, 'utf8'))?.[1] ?? '';
    const printed = report(await runStory(foundingStory));
    const lines = shown.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(printed.slice(-lines.length)).toEqual(lines);
  });
});
