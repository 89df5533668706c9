import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { withFullText } from '@/lib/fulltext/merge';
import { loadFullTextForCli } from '@/scripts/cli/full-text';
import { runCli } from '@/scripts/cli/run';
import {
  completeReportPages,
  notTheReportPages,
  ONLY_IN_FULL_TEXT,
  reportPages,
  toFormFeedText,
  toPdf,
} from './documents';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-fulltext-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadFullTextForCli', () => {
  it('loads a PDF and a pdftotext file into the same sentences and pages', async () => {
    writeFileSync(join(dir, 'report.pdf'), await toPdf(reportPages()));
    writeFileSync(join(dir, 'report.txt'), toFormFeedText(reportPages()));
    const pdf = await loadFullTextForCli(join(dir, 'report.pdf'));
    const txt = await loadFullTextForCli(join(dir, 'report.txt'));
    expect(pdf.passages.map((p) => [p.text, p.page])).toEqual(txt.passages.map((p) => [p.text, p.page]));
    // The version is the hash of the file's bytes (pdfjs must not have consumed them first).
    const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(pdf.source.version).toBe(sha(join(dir, 'report.pdf')));
    expect(txt.source.version).toBe(sha(join(dir, 'report.txt')));
    expect(pdf.curatedPages.r008).toBe('2');

    const merged = withFullText(bundledCorpus, pdf);
    expect(merged.sources.filter((s) => s.fullTextOf)).toHaveLength(1);
    expect(merged.passages.find((p) => p.id === 'r008')?.page).toBe('2');
    expect(merged.passages.length).toBe(bundledCorpus.passages.length + pdf.passages.length);
  });

  it('refuses a 50 MB file from its size alone', async () => {
    const big = join(dir, 'big.pdf');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024); // sparse: no 50 MB written
    await expect(loadFullTextForCli(big)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a file that is not the report and a missing file', async () => {
    writeFileSync(join(dir, 'article.txt'), toFormFeedText(notTheReportPages()));
    await expect(loadFullTextForCli(join(dir, 'article.txt'))).rejects.toMatchObject({
      code: 'not-the-report',
    });
    await expect(loadFullTextForCli(join(dir, 'missing.txt'))).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('Cannot read the full text'),
    });
  });
});

describe('npm run check -- --full-text', () => {
  async function check(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it('verifies, with its page, a quotation only the full text has, across two of its sentences', async () => {
    const article = join(dir, 'article.html');
    const spanning = `${ONLY_IN_FULL_TEXT.spanA} ${ONLY_IN_FULL_TEXT.spanB}`;
    writeFileSync(
      article,
      `<html><head><title>Report</title></head><body><article><p>${'Background on the report. '.repeat(20)}</p>` +
        `<p>The report says “${spanning}” and that “${ONLY_IN_FULL_TEXT.detention}”</p></article></body></html>`,
    );
    writeFileSync(join(dir, 'report.pdf'), await toPdf(reportPages()));
    const without = await check(['--json', article]);
    expect(without.code).toBe(0);
    const before = JSON.parse(without.stdout).quotes as Array<{ quote: string; status: string }>;
    expect(before.map((q) => q.status)).toEqual(['not-found', 'not-found']);

    const withText = await check(['--json', '--full-text', join(dir, 'report.pdf'), article]);
    expect(withText.code).toBe(0);
    const after = JSON.parse(withText.stdout).quotes as Array<{
      quote: string;
      status: string;
      page: string;
      passageIds: string[];
    }>;
    expect(after.map((q) => [q.status, q.page])).toEqual([
      ['verified', '1'],
      ['verified', '1'],
    ]);
    expect(after[0]?.passageIds).toHaveLength(2);
  });

  it('says "not in the report" in the table only when the full text is loaded', async () => {
    const article = join(dir, 'absent.html');
    writeFileSync(
      article,
      `<html><head><title>Report</title></head><body><article><p>${'Background on the report. '.repeat(20)}</p>` +
        '<p>The report says “purple elephants negotiated the municipal zoning treaty at dawn” today.</p></article></body></html>',
    );
    writeFileSync(join(dir, 'report.pdf'), await toPdf(completeReportPages()));
    writeFileSync(join(dir, 'excerpt.pdf'), await toPdf(reportPages()));
    const without = await check([article]);
    expect(without.stdout).toMatch(/not found in corpus/);
    expect(without.stdout).not.toMatch(/not in the report/);
    const withText = await check(['--full-text', join(dir, 'report.pdf'), article]);
    expect(withText.code).toBe(0);
    expect(withText.stdout).toMatch(/not in the report/);
    expect(withText.stdout).not.toMatch(/not found in corpus/);
    // Five pages of the report are an excerpt: what is not in them is not in those pages, no more.
    const excerpt = await check(['--full-text', join(dir, 'excerpt.pdf'), article]);
    expect(excerpt.code).toBe(0);
    expect(excerpt.stdout).toMatch(/not in the imported pages/);
    expect(excerpt.stdout).not.toMatch(/not in the report/);
  });

  it('exits with a clear message when the full text is refused', async () => {
    writeFileSync(join(dir, 'article.txt'), toFormFeedText(notTheReportPages()));
    const result = await check(['--full-text', join(dir, 'article.txt'), join(dir, 'article.txt')]);
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(
      /--full-text .*article\.txt: “article\.txt” does not look like report 21-028/,
    );
  });
});
