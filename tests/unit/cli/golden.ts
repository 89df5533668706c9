/**
 * The CLI runs whose output is pinned byte for byte (golden.test.ts). A change that means
 * to alter a verdict or the table regenerates them with `npx tsx tests/unit/cli/update-golden.ts` and shows the
 * diff in review; anything else must leave them untouched.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../scripts/cli/run';
import { reportPages, toFormFeedText } from '../fulltext/documents';

export interface GoldenCase {
  /** File name under tests/fixtures/golden/. */
  name: string;
  args: (fullText: string) => string[];
}

const SEED = 'tests/fixtures/seed-article.html';

export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'seed-article.json.out', args: () => ['--json', SEED] },
  { name: 'seed-article.txt.out', args: () => [SEED] },
  { name: 'seed-article.full-text.json.out', args: (f) => ['--json', '--full-text', f, SEED] },
  { name: 'seed-article.full-text.txt.out', args: (f) => ['--full-text', f, SEED] },
  { name: 'cli-article.json.out', args: () => ['--json', 'tests/fixtures/cli/article.txt'] },
  { name: 'cli-article.txt.out', args: () => ['tests/fixtures/cli/article.txt'] },
  { name: 'pipeline-article.json.out', args: () => ['--json', 'tests/fixtures/cli/pipeline-article.html'] },
  { name: 'pipeline-article.txt.out', args: () => ['tests/fixtures/cli/pipeline-article.html'] },
  { name: 'hostile.json.out', args: () => ['--json', 'tests/fixtures/hostile.html'] },
  { name: 'non-article.json.out', args: () => ['--json', 'tests/fixtures/non-article.html'] },
  { name: 'no-article.json.out', args: () => ['--json', 'tests/fixtures/cli/no-article.html'] },
];

/** The generated full report every `--full-text` case reads (the same bytes each run). */
export const GOLDEN_DIR = 'tests/fixtures/golden';

export function fullTextFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'verbatim-golden-')), 'report.txt');
  writeFileSync(path, toFormFeedText(reportPages()));
  return path;
}

/** What the run printed, as one text: the exit code, stdout, then stderr. */
export async function goldenOutput(c: GoldenCase, fullText: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(c.args(fullText), {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return `exit ${code}\n--- stdout\n${stdout}--- stderr\n${stderr}`;
}
