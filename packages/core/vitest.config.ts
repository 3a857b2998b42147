import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The core's tests alone, for Stryker's vitest runner (`pnpm mutation`); `pnpm test` uses the root
// config. Same resolution as the root: sources through the "@parcel-claims/source" export condition,
// and ssr.resolve.conditions replaces vitest's defaults, so they are listed again after ours.
// The root is this folder whatever the working directory (Stryker runs from the repository root).
// Test files share one module graph (isolate: false): Stryker runs the suite once per mutant, and
// re-evaluating the instrumented core for each of the ~40 files more than doubles a run. Each Stryker
// run starts fresh workers, so a mutant active while the core is loaded (a "static" one) still
// reaches every test; no test of the core leaves shared state changed.
const conditions = ['@parcel-claims/source', 'node', 'import', 'module', 'default'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The tests in packages/testing/test/core, and the testing kit they use, import the core by name;
  // in Stryker's sandbox that name would lead through node_modules to the core outside it, which no
  // mutant reaches. Both names lead to this folder's sources instead, whichever copy it is.
  resolve: {
    conditions,
    alias: [
      {
        find: /^@parcel-claims\/core$/,
        replacement: fileURLToPath(new URL('src/index.ts', import.meta.url)),
      },
      {
        find: /^@parcel-claims\/core\/founding-story$/,
        replacement: fileURLToPath(new URL('src/examples/founding-story.ts', import.meta.url)),
      },
    ],
  },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // The core's properties over generated histories live with the generator, in
  // packages/testing/test/core (the core does not depend on the testing kit); they run here too.
  // As in the root config, the time limit catches hangs, not slowness: instrumented code with
  // per-test coverage runs the property tests several times slower, more so on a busy machine.
  // Stryker stops a mutant that loops by its own timeout, computed from the initial run.
  test: {
    name: 'core',
    include: ['test/**/*.spec.ts', '../testing/test/core/**/*.spec.ts'],
    isolate: false,
    testTimeout: 60_000,
  },
});
