import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Long runs of the bad-input scenarios (`pnpm test:soak`); `pnpm test` runs the same checks with
// fewer cases. Files are named *.soak.ts, which the default projects do not pick up.
export default defineConfig({
  resolve: base.resolve,
  ssr: base.ssr,
  test: {
    projects: [{ extends: true, test: { name: 'soak-input', include: ['packages/*/test/**/*.soak.ts'] } }],
  },
});
