import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkedModules,
  checksSource,
  claimUnions,
  type SourceModule,
} from '../../src/codec/checks-source.js';

const moduleAt = async (path: string): Promise<SourceModule> => {
  const exports: Readonly<Record<string, unknown>> = await import(/* @vite-ignore */ `../../src/${path}`);
  return { path, exports };
};

describe('claim-checks.ts', () => {
  it('is exactly what the generator writes from the codecs today (run `pnpm generate` after changing a codec)', async () => {
    const modules = await Promise.all(checkedModules.map(moduleAt));
    const committed = readFileSync(new URL('../../src/codec/claim-checks.ts', import.meta.url), 'utf8');
    expect(committed).toBe(checksSource(modules, claimUnions));
  });
});
