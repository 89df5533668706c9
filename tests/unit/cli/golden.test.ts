/**
 * The CLI's output on the pinned fixtures is byte-identical to tests/fixtures/golden (cases in golden.ts):
 * restructuring the engine or the pipeline must not move a single verdict, offset or column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullTextFile, GOLDEN_CASES, GOLDEN_DIR, goldenOutput } from './golden';

describe('CLI golden output', { timeout: 60_000 }, () => {
  const fullText = fullTextFile();
  for (const c of GOLDEN_CASES) {
    it(c.name, async () => {
      expect(await goldenOutput(c, fullText)).toBe(readFileSync(join(GOLDEN_DIR, c.name), 'utf8'));
    });
  }
});
