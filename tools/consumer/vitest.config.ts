import { defineConfig } from 'vitest/config';

// The consumer test's own tests (`pnpm test:consumer`, after the check): broken tarballs must fail it.
// Files are in tools/consumer/test, which the default projects do not pick up.
export default defineConfig({
  test: { include: ['tools/consumer/test/**/*.spec.ts'], testTimeout: 600_000 },
});
