// End-to-end suite: builds the app once (tests/e2e/global-setup.ts), then drives the production build in
// headless Chromium served by tests/e2e/static-server.ts. One browser per file, files run one at a time:
// the CI machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
