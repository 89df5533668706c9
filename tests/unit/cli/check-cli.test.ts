/**
 * End to end: the CLI spawned as a process on .html, .txt and stdin, and every error path. The
 * `--json` shape is a contract used outside this repo, so its keys are checked exactly.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../lib/types';
import { textBlocks } from '../../../scripts/cli/article';
import { QUOTE_KEYS, type Run, runCheck } from './spawn';

const SEED = 'tests/fixtures/seed-article.html';
const TXT = 'tests/fixtures/cli/article.txt';
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));

interface JsonQuote {
  quote: string;
  start: number;
  end: number;
  status: string;
  fragment: boolean;
  passageIds: string[];
  attributedTo: string | null;
  attribution: string;
  evidence: string | null;
}

function expectContract(report: { title: unknown; quotes: JsonQuote[] }) {
  expect(Object.keys(report)).toEqual(['title', 'quotes']);
  for (const q of report.quotes) {
    expect(Object.keys(q)).toEqual(QUOTE_KEYS);
    expect(VERDICTS).toContain(q.status);
    expect(['ok', 'mismatch', 'unknown']).toContain(q.attribution);
    expect([null, 'original', 'corroborated', 'single-source']).toContain(q.evidence);
    expect(typeof q.fragment).toBe('boolean');
    expect(q.end).toBeGreaterThan(q.start);
  }
}

// Sequential on purpose: each run is a Node process, and the machine is shared. The file runs are made
// once and reused by the stdin comparisons.
let seedRun: Promise<Run> | undefined;
let textRun: Promise<Run> | undefined;
const seedJson = () => (seedRun ??= runCheck(['--json', SEED]));
const textJson = () => (textRun ??= runCheck(['--json', TXT]));

describe('npm run check (spawned)', { timeout: 90_000 }, () => {
  it('checks an HTML page: Readability article only, exact JSON keys', async () => {
    const run = await seedJson();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expectContract(report);
    expect(report.title).toContain('driving force');
    const quotes = report.quotes as JsonQuote[];
    expect(quotes.some((q) => q.quote.includes('We are not done yet'))).toBe(false);
    const take = quotes.find((q) => q.quote === 'We need to take away children,');
    expect(take).toMatchObject({ status: 'verified', passageIds: ['r018'], attributedTo: 'Sessions' });
    const gelernt = quotes.filter((q) => q.attributedTo === 'Lee Gelernt');
    expect(gelernt.map((q) => q.status)).toEqual(['not-found', 'not-found']);
  });

  it('reads the same page from stdin and gives the same JSON', async () => {
    const file = await seedJson();
    const piped = await runCheck(['--json', '-'], readFileSync(SEED));
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
  });

  it('checks a .txt article: paragraphs at blank lines, offsets into the joined paragraphs', async () => {
    const run = await textJson();
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expectContract(report);
    expect(report.title).toBeNull();
    const text = textBlocks(readFileSync(TXT, 'utf8'))
      .map((b) => b.text)
      .join('\n\n');
    const quotes = report.quotes as JsonQuote[];
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
    expect(quotes.map((q) => [q.quote.slice(0, 30), q.status, q.attributedTo])).toEqual([
      ['If you cross this border unlaw', 'verified', 'Sessions'],
      ['represented a change in long-s', 'verified', null],
      ['We need to take children away,', 'altered', 'Sessions'],
      ['This sentence appears in no so', 'not-found', 'Jane Doe'],
    ]);
    // The line break inside the first paragraph is a space.
    expect(quotes[0]?.quote).toContain('then we will prosecute you.');
  });

  it('reads text from stdin (detected as text, not HTML)', async () => {
    const file = await textJson();
    const piped = await runCheck(['--json', '-'], readFileSync(TXT));
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
  });

  it('prints a readable table by default', async () => {
    const run = await runCheck([TXT]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('#'))).toMatch(/Quotation\s+Verdict\s+Passage\s+Page\s+Speaker/);
    expect(lines.find((l) => l.startsWith('3 '))).toMatch(
      /We need to take children away.*altered.*r018.*Jeff Sessions/,
    );
    expect(run.stdout).toMatch(/4 quotations: 2 verified, 1 altered/);
  });

  it('exits 3 with a message when the file is missing', async () => {
    const run = await runCheck(['--json', join(tmp, 'nope.html')]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Cannot read .*nope\.html: no such file/);
  });

  it('exits 3 when the input is not UTF-8 text', async () => {
    const path = join(tmp, 'image.txt');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0xc3]));
    const run = await runCheck([path]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/not UTF-8 text/);
  });

  it('exits 4 when the file is empty or blank', async () => {
    const path = join(tmp, 'blank.txt');
    writeFileSync(path, '  \n\n \n');
    const run = await runCheck(['--json', path]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/is empty/);
    expect(run.stdout).toBe('');
  });

  it('exits 5 when the HTML has no article', async () => {
    const run = await runCheck(['--json', 'tests/fixtures/cli/no-article.html']);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/No article found/);
  });

  it('exits 2 on a bad command line, with the usage', async () => {
    const run = await runCheck(['--jsn', TXT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option --jsn/);
    expect(run.stderr).toMatch(/Exit codes:/);
  });

  it('exits 6 when the --full-text file cannot be used', async () => {
    const run = await runCheck(['--full-text', join(tmp, 'missing-report.pdf'), TXT]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/--full-text .*missing-report\.pdf/);
  });
});
