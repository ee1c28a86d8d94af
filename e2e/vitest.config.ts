import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium per file, files one after another (2 cores).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
