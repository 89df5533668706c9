import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three tiers of vitest tests, all run by `npm test`:
 * - unit: everything that runs in plain Node (the engine, the background's logic, storage): `npm run
 *   test:unit`, the fast loop;
 * - dom: tests that declare `@vitest-environment jsdom` (components, the content script): `npm run test:dom`;
 * - cli: tests that spawn the CLI as a process: `npm run test:cli`.
 */
const ROOT = 'tests/unit';
const SPAWNED = ['tests/unit/cli/check-cli.test.ts'];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const DOM = testFiles(ROOT).filter((file) =>
  readFileSync(file, 'utf8').includes('@vitest-environment jsdom'),
);

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: [`${ROOT}/**/*.test.{ts,tsx}`], exclude: [...SPAWNED, ...DOM] },
      },
      { extends: true, test: { name: 'dom', include: DOM } },
      { extends: true, test: { name: 'cli', include: SPAWNED } },
    ],
  },
});
