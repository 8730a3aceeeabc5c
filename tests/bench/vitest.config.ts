// The benchmark's helpers are tested apart from `npm test` (the benchmark is not part of it):
//   npx vitest run -c tests/bench/vitest.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
