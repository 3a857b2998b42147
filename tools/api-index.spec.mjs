import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiIndex, entryPoints } from './api-index.mjs';

describe('docs/api.md lists the public API of every published package', () => {
  it('is what the packages export now, every export with its doc comment', () => {
    expect(readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8')).toBe(apiIndex());
  });

  it('has a section for every entry point of every published package, in order', () => {
    const headings = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(headings).toEqual(entryPoints().map((entry) => `## \`${entry.importPath}\``));
  });
});
