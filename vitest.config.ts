import { defineConfig } from 'vitest/config';

// Tests run against TypeScript sources through the "@parcel-claims/source" export condition.
// ssr.resolve.conditions replaces vitest's defaults, so they are listed again after ours, except
// "import": with it, pg's own require('pg-pool') resolves to pg-pool's ESM build and fails; and
// "module": the OpenTelemetry packages point it at ESM builds whose imports have no file
// extensions, which Node cannot load.
const conditions = ['@parcel-claims/source', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    // Time limits catch hangs, not slowness: property tests and embedded databases are CPU-bound and
    // take several times longer on a busy two-core machine (seen: 15 s for a 3 s property test).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The PostgreSQL server of the run: the one at PARCEL_CLAIMS_TEST_PG_URL when it answers, else an
    // embedded one started for the run and stopped at its end (docs/adr/0017-embedded-test-servers.md).
    globalSetup: ['./tools/test-servers/postgres.mjs'],
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['packages/core/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'eventsourcing', include: ['packages/eventsourcing/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'service', include: ['packages/service/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'testing', include: ['packages/testing/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'postgres', include: ['packages/postgres/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'projections', include: ['packages/projections/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'eventstoredb', include: ['packages/eventstoredb/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'stores', include: ['packages/stores/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'audit', include: ['packages/audit/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'cli', include: ['packages/cli/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'examples', include: ['examples/*/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'bench', include: ['packages/bench/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'test-servers', include: ['tools/test-servers/test/**/*.spec.ts'] },
      },
      {
        extends: true,
        test: { name: 'api-index', include: ['tools/api-index.spec.mjs'] },
      },
    ],
  },
});
