import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleRegistrations, filesTheCompilerNames, root } from './registering.js';

const example = [
  'packages/core/test/extending/example/parcel-held-at-customs.ts',
  'packages/core/test/extending/example/record-customs-hold.ts',
  'packages/core/test/extending/example/example.unit.spec.ts',
  // The reference evolve the core's tests fold with, an oracle written apart from the registry.
  'packages/testing/test/core/support/reference-evolve.ts',
];

const BETWEEN = /<!-- compiler-names -->\n([\s\S]*?)<!-- \/compiler-names -->/;

/** The table of docs/extending.md: every file the compiler names, with the new types it names there. */
const documented = (): string => {
  const doc = readFileSync(`${root}docs/extending.md`, 'utf8');
  return BETWEEN.exec(doc)?.[1] ?? '';
};

describe('adding an event type and a command type', () => {
  it('makes the compiler name every table that lacks them, and nothing else', () => {
    const named = filesTheCompilerNames(exampleRegistrations, example, [
      'ParcelHeldAtCustoms',
      'RecordCustomsHold',
    ]);
    const table = [
      '| file | names |',
      '|---|---|',
      ...named.map(({ file, names }) => `| \`${file}\` | ${names.join(', ')} |`),
      '',
      '',
    ].join('\n');
    expect(table).toBe(documented());
    // It type-checks every package of the repository in memory: about 20 s on a quiet machine, over
    // a minute on a busy one; the limit catches a hang, not slowness.
  }, 300_000);
});

const SNIPPET = /<!-- snippet: (\S+) -->\n```ts\n([\s\S]*?)```\n<!-- \/snippet -->/g;

describe('docs/extending.md', () => {
  const snippets = [...readFileSync(`${root}docs/extending.md`, 'utf8').matchAll(SNIPPET)];

  it('shows the example modules', () => {
    expect(snippets.map(([, path]) => path)).toEqual([
      'packages/core/test/extending/example/parcel-held-at-customs.ts',
      'packages/core/test/extending/example/record-customs-hold.ts',
    ]);
  });

  for (const [, path, code] of snippets)
    it(`shows ${path} exactly as compiled`, () => {
      expect(code).toBe(readFileSync(`${root}${path}`, 'utf8'));
    });
});
