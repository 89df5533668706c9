import { defineConfig } from 'vitest/config';

// Real Firefox ESR with the built extension: one browser per file, files one after another (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
