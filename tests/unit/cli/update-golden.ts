/** Rewrites the golden CLI outputs: `npx tsx tests/unit/cli/update-golden.ts` (only for an intended change). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullTextFile, GOLDEN_CASES, GOLDEN_DIR, goldenOutput } from './golden';

const fullText = fullTextFile();
for (const c of GOLDEN_CASES) {
  writeFileSync(join(GOLDEN_DIR, c.name), await goldenOutput(c, fullText));
  console.log(`wrote ${GOLDEN_DIR}/${c.name}`);
}
