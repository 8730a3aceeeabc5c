import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'tests/core/**/*.test.ts',
      'tests/state/**/*.test.ts',
      'tests/ui/**/*.test.{ts,tsx}',
      'tests/build/**/*.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/bench/**/*.test.ts',
      'tests/eval/**/*.test.ts',
      'tests/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
