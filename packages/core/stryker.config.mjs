// Mutation testing of the pure domain core: `pnpm mutation` from the repository root.
//
// Stryker runs from the root so that its sandbox, a copy of the repository, keeps the relative paths
// of tsconfig.base.json; every path below is relative to the root. Nothing it writes may sit where
// `biome check .` looks: a sandbox holds a second biome.json (biome refuses two root configurations)
// and the HTML report fails biome's lint. So the sandbox goes to the system temp directory and the
// reports to packages/core/node_modules/.cache/mutation/.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const reports = 'packages/core/node_modules/.cache/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // pnpm keeps each package's dependencies apart, so Stryker's default "@stryker-mutator/*" scan
  // beside its own install finds no runner: name the vitest runner by path, resolved from here.
  plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
  testRunner: 'vitest',
  vitest: { configFile: 'packages/core/vitest.config.ts' },
  // The written-out checks are generated (and a test compares them with the generator's output), so
  // they are tested through the generator and the properties, not mutated.
  // The founding story (src/examples) is example data, not logic.
  mutate: [
    'packages/core/src/**/*.ts',
    '!packages/core/src/codec/claim-checks.ts',
    '!packages/core/src/examples/**',
  ],
  // Stryker would write `// @ts-nocheck` atop every file of the sandbox, the generated checks
  // included, and the test comparing them with the generator's output would fail the initial run.
  // Vitest strips types without checking them, so the instrumented code needs no such line.
  disableTypeChecks: false,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  tempDirName: join(tmpdir(), 'parcel-claims-stryker'),
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportTests: false },
  htmlReporter: { fileName: `${reports}/mutation.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  // Below 85% the run fails.
  thresholds: { high: 95, low: 90, break: 85 },
};
